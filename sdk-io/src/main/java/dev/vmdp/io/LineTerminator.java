package dev.vmdp.io;

import java.nio.charset.StandardCharsets;

/** How a line of a text file ends; every line of a lossless document keeps its own. */
public enum LineTerminator {
  /** A line feed, {@code \n} (Unix, ESXi). */
  LF("\n"),
  /** A carriage return and a line feed, {@code \r\n} (Windows). */
  CRLF("\r\n"),
  /** A bare carriage return, {@code \r} (old Mac OS). */
  CR("\r"),
  /** No terminator: the last line of a file without a final newline. */
  NONE("");

  private final String text;

  LineTerminator(String text) {
    this.text = text;
  }

  /** The terminator's characters; empty for {@link #NONE}. */
  public String text() {
    return text;
  }

  /** The terminator's bytes (a new array); empty for {@link #NONE}. */
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
