package dev.vmdp.benchmarks;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The text of one generated .vmx file as it grows: {@code key = "value"} lines with one line
 * terminator, a running count of lines and bytes (characters, which is bytes for the ASCII most
 * lines are), and the value shapes VMware writes (MAC addresses, spaced UUIDs, slot numbers).
 */
final class VmxLines {
  private final StringBuilder sb = new StringBuilder(12 * 1024);
  private final String eol;
  private int lines;

  VmxLines(String eol) {
    this.eol = eol;
  }

  VmxLines kv(String key, String value) {
    sb.append(key).append(" = \"").append(value).append('"').append(eol);
    lines++;
    return this;
  }

  /** A line written as given: a comment, a {@code #!} line, a blank line, an unquoted value. */
  VmxLines raw(String line) {
    sb.append(line).append(eol);
    lines++;
    return this;
  }

  int lines() {
    return lines;
  }

  int size() {
    return sb.length();
  }

  byte[] bytes(Charset cs) {
    return sb.toString().getBytes(cs);
  }

  static String mac(SplittableRandom r, String oui) {
    return String.format(Locale.ROOT, "%s:%02x:%02x:%02x", oui, r.nextInt(64), r.nextInt(256), r.nextInt(256));
  }

  /** {@code 42 03 38 bd 1c 9e ad 50-99 a2 59 e9 2d dd a8 b6}, as uuid.bios and vc.uuid are written. */
  static String uuidSpaced(SplittableRandom r) {
    String h = hex(r, 32);
    StringBuilder out = new StringBuilder(47);
    for (int i = 0; i < 32; i += 2) {
      if (i > 0) {
        out.append(i == 16 ? '-' : ' ');
      }
      out.append(h, i, i + 2);
    }
    return out.toString();
  }

  /** {@code 65106d9a-406e-5fda-b7ab-b8ca3a63b8b4}. */
  static String uuid(SplittableRandom r) {
    String h = hex(r, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-"
        + h.substring(20);
  }

  static String hex(SplittableRandom r, int digits) {
    char[] out = new char[digits];
    for (int i = 0; i < digits; i++) {
      out[i] = Character.forDigit(r.nextInt(16), 16);
    }
    return new String(out);
  }

  static <T> T pick(SplittableRandom r, T[] from) {
    return from[r.nextInt(from.length)];
  }
}
