package dev.vmdp.io.vmx;

import dev.vmdp.io.InputLimits;
import java.util.Arrays;

/**
 * Splits .vmx bytes into line records in one pass, following VMware's own line grammar
 * (open-vm-tools {@code lib/dict/dictll.c}): {@code <ws> name <ws> = <ws> value <ws> [# comment]}
 * where a name is any run of bytes but NUL, blanks, {@code #} and {@code =}; an unquoted value
 * runs to the first blank or {@code #}; a quoted value runs to the next {@code "}. Blanks are
 * space and tab. Lines end at {@code \n}, {@code \r\n} or a bare {@code \r}. A line that does not
 * fit is kept as an "other" line. A NUL byte where the grammar expects a name, value or the end of
 * the line makes the line "other" (VMware would ignore the rest of such a line).
 */
final class VmxParser {
  static final byte WS = 1;
  static final byte EOL = 2;
  static final byte HASH = 4;
  static final byte EQ = 8;
  static final byte QUOTE = 16;
  static final byte NUL = 32;
  static final byte[] CLASS = new byte[256];
  static final byte[] LOWER = new byte[256];

  private static final int KEY_STOP = WS | EOL | HASH | EQ | NUL;
  private static final int VALUE_STOP = WS | EOL | HASH | NUL;
  private static final int QUOTED_STOP = QUOTE | EOL | NUL;

  static {
    CLASS[' '] = WS;
    CLASS['\t'] = WS;
    CLASS['\n'] = EOL;
    CLASS['\r'] = EOL;
    CLASS['#'] = HASH;
    CLASS['='] = EQ;
    CLASS['"'] = QUOTE;
    CLASS[0] = NUL;
    for (int i = 0; i < 256; i++) {
      LOWER[i] = (byte) (i >= 'A' && i <= 'Z' ? i + 32 : i);
    }
  }

  private VmxParser() {}

  /** ASCII-case-insensitive hash of key bytes, the same as the parser computes. */
  static int hash(byte[] key) {
    int h = 0;
    for (byte b : key) {
      h = 31 * h + LOWER[b & 0xFF];
    }
    return h;
  }

  /**
   * Parses every line of {@code b} from {@code from} on.
   *
   * @throws dev.vmdp.model.VmdpException when a line is above the line limit
   */
  static LineRecord[] parse(byte[] b, int from, String fileName, InputLimits limits) {
    int n = b.length;
    LineRecord[] out = new LineRecord[Math.max(16, (n - from) / 28)];
    int count = 0;
    int maxLine = limits.maxLineBytes();
    int p = from;
    while (p < n) {
      LineRecord r = parseLine(b, p, n);
      if (r.contentEnd - r.start > maxLine) {
        limits.checkLineLength(fileName, count + 1, r.contentEnd - r.start);
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = r;
      p = r.end;
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  /** Parses the line that starts at {@code s}; {@code n} is the end of the data. */
  static LineRecord parseLine(byte[] b, int s, int n) {
    byte[] cls = CLASS;
    int p = s;
    while (p < n && cls[b[p] & 0xFF] == WS) {
      p++;
    }
    if (p == n || cls[b[p] & 0xFF] == EOL) {
      return finish(b, s, p, n, LineRecord.BLANK, -1, -1, -1, -1, -1, 0);
    }
    if (b[p] == '#') {
      return finish(b, s, toEol(b, p, n), n, LineRecord.COMMENT, -1, -1, -1, -1, -1, 0);
    }
    int keyStart = p;
    int h = 0;
    byte[] lower = LOWER;
    while (p < n && (cls[b[p] & 0xFF] & KEY_STOP) == 0) {
      h = 31 * h + lower[b[p] & 0xFF];
      p++;
    }
    int keyEnd = p;
    while (p < n && cls[b[p] & 0xFF] == WS) {
      p++;
    }
    if (keyEnd == keyStart || p == n || b[p] != '=') {
      return other(b, s, p, n);
    }
    p++;
    while (p < n && cls[b[p] & 0xFF] == WS) {
      p++;
    }
    int valueStart = p;
    if (p < n && b[p] == '"') {
      p++;
      while (p < n && (cls[b[p] & 0xFF] & QUOTED_STOP) == 0) {
        p++;
      }
      if (p == n || b[p] != '"') {
        return other(b, s, p, n);
      }
      p++;
    } else {
      while (p < n && (cls[b[p] & 0xFF] & VALUE_STOP) == 0) {
        p++;
      }
    }
    int valueEnd = p;
    while (p < n && cls[b[p] & 0xFF] == WS) {
      p++;
    }
    int commentStart = -1;
    if (p < n && b[p] == '#') {
      commentStart = p;
      p = toEol(b, p, n);
    } else if (p < n && cls[b[p] & 0xFF] != EOL) {
      return other(b, s, p, n);
    }
    return finish(b, s, p, n, LineRecord.ENTRY, keyStart, keyEnd, valueStart, valueEnd, commentStart, h);
  }

  private static LineRecord other(byte[] b, int s, int p, int n) {
    return finish(b, s, toEol(b, p, n), n, LineRecord.OTHER, -1, -1, -1, -1, -1, 0);
  }

  private static int toEol(byte[] b, int p, int n) {
    while (p < n && b[p] != '\n' && b[p] != '\r') {
      p++;
    }
    return p;
  }

  private static LineRecord finish(byte[] b, int s, int contentEnd, int n, byte kind, int keyStart,
      int keyEnd, int valueStart, int valueEnd, int commentStart, int hash) {
    int end = contentEnd;
    if (end < n) {
      if (b[end] == '\r' && end + 1 < n && b[end + 1] == '\n') {
        end += 2;
      } else {
        end++;
      }
    }
    return new LineRecord(b, s, contentEnd, end, kind, keyStart, keyEnd, valueStart, valueEnd, commentStart, hash);
  }
}
