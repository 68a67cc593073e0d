package dev.vmdp.io.vmx;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches eight bytes at a time, for the passes that look at every byte of a file but
 * stop only at a rare one (a line end, a {@code |}, a byte above ASCII). A byte equal to the one
 * searched becomes zero after an exclusive or, and {@code (x - 0x01..) & ~x & 0x80..} marks the
 * lowest zero byte of {@code x} exactly (a borrow only spreads upwards from a zero byte, so only
 * later bytes can be marked falsely). Under the C1 compiler that batch commands run with, this
 * is several times faster than a loop over bytes.
 */
final class WordScan {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LF_WORD = ONES * '\n';
  private static final long CR_WORD = ONES * '\r';
  private static final long PIPE_WORD = ONES * '|';

  private WordScan() {}

  /** The first {@code \n} or {@code \r} in {@code b[from, to)}, or {@code to}. */
  static int lineEnd(byte[] b, int from, int to) {
    int i = from;
    while (i <= to - Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long hits = zeroBytes(w ^ LF_WORD) | zeroBytes(w ^ CR_WORD);
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
      i += Long.BYTES;
    }
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  /** The first {@code |} in {@code b[from, to)}, or {@code to}. */
  static int pipe(byte[] b, int from, int to) {
    int i = from;
    while (i <= to - Long.BYTES) {
      long hits = zeroBytes((long) LONGS.get(b, i) ^ PIPE_WORD);
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
      i += Long.BYTES;
    }
    while (i < to && b[i] != '|') {
      i++;
    }
    return i;
  }

  /** The first byte above ASCII (negative as a Java byte) in {@code b[from, to)}, or {@code to}. */
  static int high(byte[] b, int from, int to) {
    int i = from;
    while (i <= to - Long.BYTES) {
      long hits = (long) LONGS.get(b, i) & HIGHS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
      i += Long.BYTES;
    }
    while (i < to && b[i] >= 0) {
      i++;
    }
    return i;
  }

  /** The high bit of each byte of {@code x} that is zero, exact for the lowest one. */
  private static long zeroBytes(long x) {
    return (x - ONES) & ~x & HIGHS;
  }
}
