package dev.vmdp.io.internal.shared;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The bytes a {@code FileSnapshot} holds, without the copy {@code FileSnapshot.bytes()} makes, for
 * the readers of this module that keep them as they are: a parsed document holds the very array
 * the snapshot read (neither ever changes it), so a fleet check does not copy every file once
 * more. Not exported: outside sdk-io the bytes are only given as copies.
 *
 * <p>It names no type of {@code dev.vmdp.io}, which depends on it: the snapshot is an
 * {@code Object} here, and the access {@code FileSnapshot} registers casts it.
 */
public final class SnapshotBytes {
  /** Set once, by {@code FileSnapshot}; never changed after. */
  private static final AtomicReference<Function<Object, byte[]>> ACCESS = new AtomicReference<>();

  private SnapshotBytes() {}

  /**
   * Called once, by {@code FileSnapshot}'s class initialiser.
   *
   * @param bytes what gives a snapshot's own array
   * @throws IllegalStateException when called a second time
   */
  public static void register(Function<Object, byte[]> bytes) {
    if (!ACCESS.compareAndSet(null, Objects.requireNonNull(bytes, "bytes"))) {
      throw new IllegalStateException("FileSnapshot's bytes are registered once");
    }
  }

  /**
   * The snapshot's own array (do not change it).
   *
   * @param snapshot a {@code FileSnapshot} (an instance exists, so its class registered the access)
   * @return the bytes read
   */
  public static byte[] of(Object snapshot) {
    return ACCESS.get().apply(Objects.requireNonNull(snapshot, "snapshot"));
  }
}
