package dev.vmdp.io;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The input a read was busy with when the program ran out of memory: the readers of sdk-io run
 * each read, parse and bind of an input through {@link #reading}, which remembers the first input
 * whose read ended with an {@link Error}, so that the program's top level can name it (by the
 * time it catches the error the stack is gone). A normal end or a {@link RuntimeException}
 * (which names its input itself) leaves nothing; nothing is allocated on either path.
 *
 * <pre>{@code
 * VmxDocument doc = CurrentInput.reading(path.toString(), () -> parse(path));
 * ...
 * } catch (OutOfMemoryError e) {
 *   Optional<String> where = CurrentInput.takeFailed();   // e.g. fleet/ds12/vm-01234.vmx
 * }
 * }</pre>
 *
 * <p>Safe to use from any thread (folders are read on the common fork-join pool): of reads that
 * fail at once on several threads, the first to fail is kept.
 */
public final class CurrentInput {
  private static final AtomicReference<String> FAILED = new AtomicReference<>();

  private CurrentInput() {}

  /**
   * Runs a read of an input; when it ends with an {@link Error} and no failed read is remembered,
   * remembers this input (a read within a read that fails is the one remembered).
   *
   * @param <T> what the read gives
   * @param input the input as the user named it (a file, {@code -} for standard input)
   * @param read the read
   * @return what the read gave
   */
  public static <T> T reading(String input, Supplier<T> read) {
    Objects.requireNonNull(input, "input");
    try {
      return read.get();
    } catch (Error e) {
      FAILED.compareAndSet(null, input);
      throw e;
    }
  }

  /**
   * The input whose read first ended with an {@link Error}, and forgets it.
   *
   * @return the input; empty when no read failed so (or it was taken)
   */
  public static Optional<String> takeFailed() {
    return Optional.ofNullable(FAILED.getAndSet(null));
  }
}
