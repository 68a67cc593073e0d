package dev.vmdp.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The inputs being read now, one per thread: the readers of sdk-io note the input while they read,
 * parse or bind it, so that a failure that carries no input of its own can still say which one it
 * met. That failure is running out of memory: an {@link Error} leaves the note in place (the
 * stack is gone by the time the program's top level catches it), while a normal end or a
 * {@link RuntimeException} (which names its input itself) removes it.
 *
 * <pre>{@code
 * VmxDocument doc = CurrentInput.reading(path.toString(), () -> parse(path));
 * ...
 * } catch (OutOfMemoryError e) {
 *   List<String> reading = CurrentInput.takeUnfinished();   // e.g. [fleet/ds12/vm-01234.vmx]
 * }
 * }</pre>
 *
 * <p>Safe to use from any thread (folders are read on the common fork-join pool).
 */
public final class CurrentInput {
  private static final Map<Thread, String> READING = new ConcurrentHashMap<>();

  private CurrentInput() {}

  /**
   * Runs a read with the input noted for the current thread; the note made before (a read within
   * a read) comes back when it ends normally or with a {@link RuntimeException}.
   *
   * @param <T> what the read gives
   * @param input the input as the user named it (a file, {@code -} for standard input)
   * @param read the read
   * @return what the read gave
   */
  public static <T> T reading(String input, Supplier<T> read) {
    Objects.requireNonNull(input, "input");
    Thread thread = Thread.currentThread();
    String before = READING.put(thread, input);
    T result;
    try {
      result = read.get();
    } catch (RuntimeException e) {
      restore(thread, before);
      throw e;
    }
    restore(thread, before);
    return result;
  }

  /**
   * The inputs whose read has not ended normally, in name order, and forgets them: the reads that
   * ended with an {@link Error}, and any still running.
   *
   * @return the inputs; empty when no read was under way
   */
  public static List<String> takeUnfinished() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Thread, String> e : READING.entrySet()) {
      if (READING.remove(e.getKey(), e.getValue())) {
        out.add(e.getValue());
      }
    }
    out.sort(null);
    return out;
  }

  private static void restore(Thread thread, String before) {
    if (before == null) {
      READING.remove(thread);
    } else {
      READING.put(thread, before);
    }
  }
}
