package dev.vmdp.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text and bytes from files made safe to show on a terminal. A crafted file can hold control
 * characters (C0 such as ESC and BEL, DEL, and C1 such as U+009B, the one-character CSI) that a
 * terminal would obey: clear the screen, set the window title, move the cursor, or worse. Every
 * renderer of this package passes text taken from files through here; the console does the same
 * for error lines and what it prints of a file.
 *
 * <pre>{@code
 * Printable.of("vm x\u001b[2J");             // "vm x\\u001b[2J"
 * Printable.of("plain");                     // the same instance: nothing to escape
 * Printable.lines("a\u0007\nb");             // "a\\u0007\nb": line feeds kept
 * Printable.bytes(bytes);                    // for a whole file: \xNN for what is not text
 * }</pre>
 */
public final class Printable {
  private Printable() {}

  /**
   * The text with every control character shown as {@code \\u001b} and the like.
   *
   * @param text any text, such as a value quoted from a file
   * @return the text with C0, DEL and C1 characters made visible (the same instance when it has
   *     none)
   */
  public static String of(String text) {
    return escape(text, false);
  }

  /**
   * Like {@link #of(String)}, but line feeds stay: for multi-line output built from file content.
   *
   * @param text the text
   * @return the text with every control character but {@code \n} made visible
   */
  public static String lines(String text) {
    return escape(text, true);
  }

  /** True for C0 (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F). */
  public static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  private static String escape(String text, boolean keepLineFeeds) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = isControl(c) && !(keepLineFeeds && c == '\n');
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * True when the bytes would show as plain text: valid UTF-8 without control characters other
   * than tab, line feed and carriage return.
   *
   * @param bytes a file's bytes
   * @return false when {@link #bytes(byte[])} would change them
   */
  public static boolean isPlainText(byte[] bytes) {
    return bytes(bytes) == bytes;
  }

  /**
   * A file's bytes as a terminal may show them: valid UTF-8 text (tab, line feed and carriage
   * return included) unchanged; every other control character, and every byte that is not part of
   * valid UTF-8 (a binary file, or text in another encoding), as {@code \xNN} of its bytes.
   *
   * @param bytes the bytes
   * @return the same array when nothing had to change, else the escaped copy
   */
  public static byte[] bytes(byte[] bytes) {
    ByteArrayOutputStream out = null;
    int i = 0;
    while (i < bytes.length) {
      int n = plainSequence(bytes, i);
      if (n > 0) {
        if (out != null) {
          out.write(bytes, i, n);
        }
        i += n;
        continue;
      }
      if (out == null) {
        out = new ByteArrayOutputStream(bytes.length + 64);
        out.write(bytes, 0, i);
      }
      int bad = Math.max(1, -n);
      for (int k = 0; k < bad; k++) {
        out.writeBytes(String.format(Locale.ROOT, "\\x%02x", bytes[i + k] & 0xff).getBytes(StandardCharsets.US_ASCII));
      }
      i += bad;
    }
    return out == null ? bytes : out.toByteArray();
  }

  /**
   * The length of the plain UTF-8 sequence at {@code i} (positive), or minus the number of bytes
   * to escape: a control character's whole encoding, or one byte of invalid UTF-8.
   */
  private static int plainSequence(byte[] b, int i) {
    int c = b[i] & 0xff;
    if (c < 0x80) {
      return c == '\t' || c == '\n' || c == '\r' || !isControl(c) ? 1 : -1;
    }
    int length;
    int min;
    int cp;
    if (c >= 0xc2 && c <= 0xdf) {
      length = 2;
      min = 0x80;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      length = 3;
      min = 0x800;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      length = 4;
      min = 0x10000;
      cp = c & 0x07;
    } else {
      return -1;
    }
    if (i + length > b.length) {
      return -1;
    }
    for (int k = 1; k < length; k++) {
      int cont = b[i + k] & 0xff;
      if ((cont & 0xc0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (cont & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return -1;
    }
    return isControl(cp) ? -length : length;
  }
}
