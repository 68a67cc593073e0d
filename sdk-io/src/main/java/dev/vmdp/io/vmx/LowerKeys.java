package dev.vmdp.io.vmx;

import java.nio.charset.StandardCharsets;

/**
 * Lower-case .vmx keys made from key bytes, one shared instance per spelling where possible: the
 * files of a fleet use the same few hundred keys, so a small cache spares making (and hashing) a
 * new string for every key of every file. The cache is a fixed array of slots written without
 * locks; each slot holds an immutable entry, so a racing reader sees a whole entry or another one,
 * and checks the bytes before using it.
 */
final class LowerKeys {
  private static final int SLOTS = 4096;
  /** Keys longer than this are made afresh (no real key is). */
  private static final int MAX_CACHED = 64;
  private static final Entry[] CACHE = new Entry[SLOTS];

  private LowerKeys() {}

  /** A cached key: its lower-case bytes and the string made of them. */
  private record Entry(byte[] bytes, String key) {}

  /**
   * The ASCII lower-case form of {@code b[start, end)} when those bytes are ASCII, else null (the
   * caller then decodes the key with the document's encoding).
   */
  static String of(byte[] b, int start, int end) {
    byte[] lower = VmxParser.LOWER;
    int h = 0;
    for (int p = start; p < end; p++) {
      byte c = b[p];
      if (c < 0) {
        return null;
      }
      h = 31 * h + lower[c];
    }
    int len = end - start;
    if (len > MAX_CACHED) {
      return make(b, start, len);
    }
    int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
    Entry e = CACHE[slot];
    if (e != null && matches(e.bytes, b, start, len)) {
      return e.key;
    }
    String key = make(b, start, len);
    CACHE[slot] = new Entry(key.getBytes(StandardCharsets.ISO_8859_1), key);
    return key;
  }

  private static boolean matches(byte[] cached, byte[] b, int start, int len) {
    if (cached.length != len) {
      return false;
    }
    byte[] lower = VmxParser.LOWER;
    for (int i = 0; i < len; i++) {
      if (cached[i] != lower[b[start + i]]) {
        return false;
      }
    }
    return true;
  }

  private static String make(byte[] b, int start, int len) {
    byte[] out = new byte[len];
    byte[] lower = VmxParser.LOWER;
    for (int i = 0; i < len; i++) {
      out[i] = lower[b[start + i]];
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
