package dev.vmdp.io.vmx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lower-case .vmx keys made from key bytes, one shared instance per spelling where possible: the
 * files of a fleet use the same few hundred keys, so a small cache, found by the hash the parser
 * already computed and checked by comparing the key's bytes as written, spares making (and
 * hashing) a new string for every key of every file. The cache is a fixed array of slots written
 * without locks; each slot holds an immutable entry, so a racing reader sees a whole entry or
 * another one, and compares the bytes before using it.
 */
final class LowerKeys {
  /**
   * As many slots as the parser's hash has values (15 bits): a fleet's few hundred spellings then
   * rarely share a slot (1% of lookups miss on a realistic fleet, against 6% with 4,096 slots).
   */
  private static final int SLOTS = 1 << 15;
  /** Keys longer than this are made afresh (no real key is). */
  private static final int MAX_CACHED = 64;
  private static final Entry[] CACHE = new Entry[SLOTS];

  private LowerKeys() {}

  /** A cached key: its bytes as written and the lower-case string made of them. */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared, hashed or printed
  private record Entry(byte[] written, String key) {}

  /**
   * The ASCII lower-case form of the key {@code b[start, end)} when those bytes are ASCII, else
   * null (the caller then decodes the key with the document's encoding).
   *
   * @param hash the key's hash as the parser computed it ({@link LineRecord#KEY_HASH})
   */
  static String of(byte[] b, int start, int end, int hash) {
    int len = end - start;
    int slot = hash & (SLOTS - 1);
    Entry e = CACHE[slot];
    if (e != null && Arrays.equals(e.written, 0, e.written.length, b, start, end)) {
      return e.key;
    }
    byte[] out = new byte[len];
    byte[] lower = VmxParser.LOWER;
    for (int i = 0; i < len; i++) {
      byte c = b[start + i];
      if (c < 0) {
        return null;
      }
      out[i] = lower[c];
    }
    String key = new String(out, StandardCharsets.ISO_8859_1);
    if (len <= MAX_CACHED) {
      // Interned, so that the binding's own lower-case keys (TypedValues) are the same instance
      // and its lookups compare references, not characters.
      key = key.intern();
      CACHE[slot] = new Entry(Arrays.copyOfRange(b, start, end), key);
    }
    return key;
  }
}
