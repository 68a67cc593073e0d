package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.VmdpException;
import java.util.Arrays;

/** Builds the line records of edits; every new line is re-parsed and checked before use. */
final class VmxEdits {
  private VmxEdits() {}

  /**
   * Refuses keys VMware would misread or a terminal would show as something else: empty, or with
   * NUL, blanks, #, =, ", CR, LF or another control character (0x01-0x1F such as ESC, VT and FF,
   * and DEL).
   */
  static void validateKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new VmdpException("invalid key: a key must not be empty");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      String name = switch (c) {
        case '\0' -> "NUL";
        case ' ' -> "a space";
        case '\t' -> "a tab";
        case '#' -> "'#'";
        case '=' -> "'='";
        case '"' -> "'\"'";
        case '\r' -> "CR";
        case '\n' -> "LF";
        default -> c < 0x20 || c == 0x7F ? String.format("a control character (0x%02X)", (int) c) : null;
      };
      if (name != null) {
        throw new VmdpException("invalid key '" + printable(key) + "': it contains " + name + " at index " + i
            + " (a key must not contain NUL, blanks, '#', '=', '\"', CR, LF or other control characters)");
      }
    }
  }

  /** The line with its value replaced by {@code "escaped"}; everything else kept. */
  static LineRecord rewriteValue(LineRecord r, byte[] escaped) {
    int prefixLen = r.valueStart - r.start;
    boolean space = r.valueStart == r.valueEnd && r.buf[r.valueStart - 1] == '=';
    int tailLen = r.end - r.valueEnd;
    byte[] b = new byte[prefixLen + (space ? 1 : 0) + escaped.length + 2 + tailLen];
    System.arraycopy(r.buf, r.start, b, 0, prefixLen);
    int o = prefixLen;
    if (space) {
      b[o++] = ' ';
    }
    b[o++] = '"';
    System.arraycopy(escaped, 0, b, o, escaped.length);
    o += escaped.length;
    b[o++] = '"';
    System.arraycopy(r.buf, r.valueEnd, b, o, tailLen);
    return checked(b, Arrays.copyOfRange(r.buf, r.keyStart, r.keyEnd), escaped);
  }

  /** The lines with a new {@code key = "escaped"} line at the place of its siblings. */
  static LineRecord[] insert(LineRecord[] lines, byte[] key, byte[] escaped) {
    LineTerminator t = dominantTerminator(lines);
    byte[] term = t.bytes();
    byte[] b = new byte[key.length + 4 + escaped.length + 1 + term.length];
    System.arraycopy(key, 0, b, 0, key.length);
    int o = key.length;
    b[o++] = ' ';
    b[o++] = '=';
    b[o++] = ' ';
    b[o++] = '"';
    System.arraycopy(escaped, 0, b, o, escaped.length);
    o += escaped.length;
    b[o++] = '"';
    System.arraycopy(term, 0, b, o, term.length);
    LineRecord added = checked(b, key, escaped);
    int at = insertionIndex(lines, key);
    LineRecord[] out = new LineRecord[lines.length + 1];
    System.arraycopy(lines, 0, out, 0, at);
    out[at] = added;
    System.arraycopy(lines, at, out, at + 1, lines.length - at);
    if (at > 0 && out[at - 1].end == out[at - 1].contentEnd) {
      out[at - 1] = withTerminator(out[at - 1], term);
    }
    return out;
  }

  /** After the last line of the key's group, else of the same stem with another number, else the end. */
  static int insertionIndex(LineRecord[] lines, byte[] key) {
    int groupLen = groupLength(key, 0, key.length);
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      LineRecord r = lines[i];
      if (r.isEntry() && groupLength(r.buf, r.keyStart, r.keyEnd) == groupLen
          && regionEqualsIgnoreCase(r.buf, r.keyStart, key, 0, groupLen)) {
        last = i;
      }
    }
    if (last >= 0) {
      return last + 1;
    }
    int stemLen = groupLen;
    while (stemLen > 0 && isDigit(key[stemLen - 1])) {
      stemLen--;
    }
    if (stemLen == groupLen || stemLen == 0) {
      return lines.length;
    }
    for (int i = 0; i < lines.length; i++) {
      LineRecord r = lines[i];
      if (!r.isEntry()) {
        continue;
      }
      int g = groupLength(r.buf, r.keyStart, r.keyEnd);
      if (g > stemLen && regionEqualsIgnoreCase(r.buf, r.keyStart, key, 0, stemLen)
          && allDigits(r.buf, r.keyStart + stemLen, r.keyStart + g)) {
        last = i;
      }
    }
    return last >= 0 ? last + 1 : lines.length;
  }

  /** The most frequent terminator (ties: LF, CRLF, CR); LF when no line has one. */
  static LineTerminator dominantTerminator(LineRecord[] lines) {
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    for (LineRecord r : lines) {
      switch (r.terminator()) {
        case LF -> lf++;
        case CRLF -> crlf++;
        case CR -> cr++;
        default -> { }
      }
    }
    if (crlf > lf && crlf >= cr) {
      return LineTerminator.CRLF;
    }
    if (cr > lf && cr > crlf) {
      return LineTerminator.CR;
    }
    return LineTerminator.LF;
  }

  private static LineRecord withTerminator(LineRecord r, byte[] term) {
    int len = r.contentEnd - r.start;
    byte[] b = Arrays.copyOfRange(r.buf, r.start, r.contentEnd + term.length);
    System.arraycopy(term, 0, b, len, term.length);
    LineRecord again = VmxParser.parseLine(b, 0, b.length);
    if (again.kind != r.kind || again.end != b.length) {
      throw new IllegalStateException("VmxEdits: adding a terminator changed the line's kind");
    }
    return again;
  }

  /** Parses a built line and proves it is one entry with this key and value. */
  private static LineRecord checked(byte[] b, byte[] key, byte[] escaped) {
    LineRecord r = VmxParser.parseLine(b, 0, b.length);
    boolean ok = r.isEntry() && r.end == b.length && r.quoted()
        && r.keyEnd - r.keyStart == key.length
        && Arrays.equals(b, r.keyStart, r.keyEnd, key, 0, key.length)
        && Arrays.equals(b, r.innerStart(), r.innerEnd(), escaped, 0, escaped.length);
    if (!ok) {
      throw new IllegalStateException("VmxEdits: the written line does not read back as one entry: "
          + printable(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)));
    }
    return r;
  }

  private static int groupLength(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '.') {
        return i - from;
      }
    }
    return to - from;
  }

  private static boolean regionEqualsIgnoreCase(byte[] a, int aOff, byte[] b, int bOff, int len) {
    for (int i = 0; i < len; i++) {
      if (VmxParser.LOWER[a[aOff + i] & 0xFF] != VmxParser.LOWER[b[bOff + i] & 0xFF]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean allDigits(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(b[i])) {
        return false;
      }
    }
    return to > from;
  }

  static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        sb.append(String.format("\\x%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
