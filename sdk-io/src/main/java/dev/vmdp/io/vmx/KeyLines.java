package dev.vmdp.io.vmx;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of a document's entry lines, made once for the binding and the diagnostics: each
 * line's key in ASCII lower case, the line each key reads from under the document's
 * {@link DuplicatePolicy}, and the lines of keys written more than once (VMDP601). Found in one
 * pass with one hash lookup a line.
 */
final class KeyLines {
  private static final int[] NONE = {};

  /** The key of every entry line in ASCII lower case (null for other lines). */
  final String[] lowerKeys;
  /** The 0-based line each key (ASCII lower case) reads from, in the order of first occurrence. */
  final Map<String, Integer> used;
  /** The 0-based lines of every key that occurs more than once, ascending; usually empty. */
  final int[] duplicated;

  private KeyLines(String[] lowerKeys, Map<String, Integer> used, int[] duplicated) {
    this.lowerKeys = lowerKeys;
    this.used = used;
    this.duplicated = duplicated;
  }

  /** The keys of a document's lines. */
  static KeyLines of(VmxDocument doc) {
    int n = doc.lineCount();
    String[] lower = doc.lowerKeys();
    Map<String, Integer> used = new LinkedHashMap<>((int) (n / 0.75f) + 1);
    boolean first = doc.duplicatePolicy() == DuplicatePolicy.FIRST;
    boolean[] twice = null;
    for (int i = 0; i < n; i++) {
      String k = lower[i];
      if (k == null) {
        continue;
      }
      Integer previous = first ? used.putIfAbsent(k, i) : used.put(k, i);
      if (previous != null) {
        if (twice == null) {
          twice = new boolean[n];
        }
        twice[previous] = true;
        twice[i] = true;
      }
    }
    return new KeyLines(lower, used, twice == null ? NONE : indexes(twice));
  }

  /**
   * The marked lines in ascending order. Every line of a key written more than once is marked: each
   * later occurrence marks itself and the one the map held (the first one under
   * {@code DuplicatePolicy.FIRST}, the one before it under {@code LAST}).
   */
  private static int[] indexes(boolean[] twice) {
    int count = 0;
    for (boolean t : twice) {
      count += t ? 1 : 0;
    }
    int[] out = new int[count];
    int j = 0;
    for (int i = 0; i < twice.length; i++) {
      if (twice[i]) {
        out[j++] = i;
      }
    }
    return out;
  }
}
