package dev.vmdp.benchmarks;

/** The baseline every benchmark reports against: counting the newlines of the same bytes. */
final class Scan {
  private Scan() {}

  /** The number of {@code \n} bytes in every array. */
  static int newlines(byte[]... data) {
    int lines = 0;
    for (byte[] b : data) {
      lines += newlines(b);
    }
    return lines;
  }

  /** The number of {@code \n} bytes. */
  static int newlines(byte[] b) {
    int lines = 0;
    for (byte x : b) {
      if (x == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
