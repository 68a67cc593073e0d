package dev.vmdp.io.vmx;

/**
 * The keys of a document's entry lines, made once for the binding and the diagnostics: each
 * line's key in ASCII lower case, the line each key reads from under the document's
 * {@link DuplicatePolicy}, and the lines of keys written more than once (VMDP601). Found in one
 * pass with one probe of a small open-addressing table a line: the binding reads every file of a
 * fleet, and a general map would make a node and a boxed line number for each of its keys.
 */
final class KeyLines {
  private static final int[] NONE = {};

  /** The key of every entry line in ASCII lower case (null for other lines). */
  final String[] lowerKeys;
  /** The lines of every key that occurs more than once (0-based), ascending; usually empty. */
  final int[] duplicated;
  /** The table: a power-of-two number of slots, each a key (or null) and the line it reads from. */
  private final String[] slotKeys;
  private final int[] slotLines;
  /** The slots of the keys in the order of their first occurrence. */
  private final int[] order;
  private final int size;

  private KeyLines(String[] lowerKeys, int[] duplicated, String[] slotKeys, int[] slotLines, int[] order,
      int size) {
    this.lowerKeys = lowerKeys;
    this.duplicated = duplicated;
    this.slotKeys = slotKeys;
    this.slotLines = slotLines;
    this.order = order;
    this.size = size;
  }

  /** The keys of a document's lines. */
  static KeyLines of(VmxDocument doc) {
    int n = doc.lineCount();
    String[] lower = doc.lowerKeys();
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
    String[] slotKeys = new String[capacity];
    int[] slotLines = new int[capacity];
    int[] order = new int[n];
    int size = 0;
    boolean first = doc.duplicatePolicy() == DuplicatePolicy.FIRST;
    boolean[] twice = null;
    int mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      String k = lower[i];
      if (k == null) {
        continue;
      }
      int s = k.hashCode() & mask;
      while (slotKeys[s] != null && !slotKeys[s].equals(k)) {
        s = (s + 1) & mask;
      }
      if (slotKeys[s] == null) {
        slotKeys[s] = k;
        slotLines[s] = i;
        order[size++] = s;
        continue;
      }
      if (twice == null) {
        twice = new boolean[n];
      }
      // Each later occurrence marks itself and the one the table held (the first one under
      // FIRST, the one before it under LAST): every line of the key ends up marked.
      twice[slotLines[s]] = true;
      twice[i] = true;
      if (!first) {
        slotLines[s] = i;
      }
    }
    return new KeyLines(lower, twice == null ? NONE : indexes(twice), slotKeys, slotLines, order, size);
  }

  /** The 0-based line a key (ASCII lower case) reads from, or -1 when no entry has it. */
  int line(String lowerKey) {
    int mask = slotKeys.length - 1;
    int s = lowerKey.hashCode() & mask;
    String k;
    while ((k = slotKeys[s]) != null) {
      if (k.equals(lowerKey)) {
        return slotLines[s];
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /** How many different keys the entries hold. */
  int size() {
    return size;
  }

  /** The {@code j}th different key (ASCII lower case), in the order of first occurrence. */
  String key(int j) {
    return slotKeys[order[j]];
  }

  /** The 0-based line the {@code j}th key reads from. */
  int lineOf(int j) {
    return slotLines[order[j]];
  }

  /** The marked lines in ascending order. */
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
