package dev.vmdp.io.passthrumap;

import java.nio.charset.StandardCharsets;

/** How one line ends; each line keeps its own. */
enum Terminator {
  LF("\n"),
  CRLF("\r\n"),
  CR("\r"),
  NONE("");

  private final String text;
  private final byte[] bytes;

  Terminator(String text) {
    this.text = text;
    this.bytes = text.getBytes(StandardCharsets.US_ASCII);
  }

  String text() {
    return text;
  }

  int length() {
    return bytes.length;
  }

  byte[] bytes() {
    return bytes.clone();
  }
}
