package dev.vmdp.io.vmx;

/**
 * The lines of a document as offsets, {@link LineRecord#STRIDE} numbers a line: 16 bits each for
 * files under 64 KiB (nearly every .vmx), 32 bits for larger ones. A line starts where the
 * previous one ends. Immutable.
 */
final class LineTable {
  /** Files shorter than this store their offsets in 16 bits (plus one, so that -1 fits). */
  static final int SMALL = 0xFFFF;

  /** The offsets of a large file, or null. */
  private final int[] ints;
  /** The offsets plus one of a small file, or null. */
  private final char[] chars;
  private final int count;

  private LineTable(int[] ints, char[] chars, int count) {
    this.ints = ints;
    this.chars = chars;
    this.count = count;
  }

  /**
   * A table of the first {@code count} rows of {@code rows}.
   *
   * @param rows the rows as parsed ({@link LineRecord#STRIDE} ints each)
   * @param count the number of rows
   * @param dataLength the length of the data the offsets point into
   */
  static LineTable of(int[] rows, int count, int dataLength) {
    int size = count * LineRecord.STRIDE;
    if (dataLength < SMALL) {
      char[] c = new char[size];
      for (int i = 0; i < size; i++) {
        c[i] = (char) (rows[i] + 1);
      }
      return new LineTable(null, c, count);
    }
    return new LineTable(java.util.Arrays.copyOf(rows, size), null, count);
  }

  /** The number of lines. */
  int count() {
    return count;
  }

  /** Slot {@code slot} (a {@link LineRecord} slot constant) of line {@code line} (0-based). */
  int get(int line, int slot) {
    int o = line * LineRecord.STRIDE + slot;
    return chars != null ? chars[o] - 1 : ints[o];
  }

  /** Where line {@code line} starts; {@code first} is where the first line starts. */
  int start(int line, int first) {
    return line == 0 ? first : get(line - 1, LineRecord.END);
  }
}
