package dev.vmdp.io.vmx;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.internal.TextLines;
import java.util.Arrays;

/**
 * Splits .vmx bytes into a line table in one pass, following VMware's own line grammar
 * (open-vm-tools {@code lib/dict/dictll.c}): {@code <ws> name <ws> = <ws> value <ws> [# comment]}
 * where a name is any run of bytes but NUL, blanks, {@code #} and {@code =}; an unquoted value
 * runs to the first blank or {@code #}; a quoted value runs to the next {@code "}. Blanks are
 * space and tab. Lines end at {@code \n}, {@code \r\n} or a bare {@code \r}. A line that does not
 * fit is kept as an "other" line. A NUL byte where the grammar expects a name, value or the end of
 * the line makes the line "other" (VMware would ignore the rest of such a line).
 *
 * <p>This is the one reader that does not split with {@link TextLines#split}: it finds a line's
 * end while it reads the line's grammar, in the same pass over the bytes, which is what makes the
 * parse run near memory speed (docs/PERFORMANCE.md); a separate split would read every byte twice
 * and allocate a second table. It shares the splitter's line ends ({@link TextLines#contentEnd},
 * {@link TextLines#lineEnd}), its {@link dev.vmdp.io.LineTerminator} and the line limit of
 * {@link InputLimits}, so both agree on what a line is.
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

  /** Classes of the bytes that end a key: blanks, line ends, {@code #}, {@code =} and NUL. */
  static final int KEY_STOP = WS | EOL | HASH | EQ | NUL;
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

  /** Rows of the file being parsed, per thread (folders are parsed in parallel); grown as needed. */
  private static final ThreadLocal<int[]> ROWS = ThreadLocal.withInitial(() -> new int[256 * LineRecord.STRIDE]);

  /**
   * Parses every line of {@code b} from {@code from} on into a line table.
   *
   * @throws dev.vmdp.model.VmdpException when a line is above the line limit
   */
  static LineTable parse(byte[] b, int from, String fileName, InputLimits limits) {
    int n = b.length;
    final int stride = LineRecord.STRIDE;
    int[] t = ROWS.get();
    int count = 0;
    int maxLine = limits.maxLineBytes();
    int p = from;
    while (p < n) {
      int o = count * stride;
      if (o == t.length) {
        t = Arrays.copyOf(t, t.length * 2);
        if (t.length <= (1 << 16) * stride) {
          ROWS.set(t); // kept for the next file, up to 64k lines
        }
      }
      int end = parseLine(b, p, n, t, o);
      int length = t[o + LineRecord.CONTENT_END] - p;
      if (length > maxLine) {
        limits.checkLineLength(fileName, count + 1, length);
      }
      count++;
      p = end;
    }
    return LineTable.of(t, count, n);
  }

  /** Parses the line that starts at {@code s} into a record; {@code n} is the end of the data. */
  static LineRecord parseLine(byte[] b, int s, int n) {
    int[] t = new int[LineRecord.STRIDE];
    parseLine(b, s, n, t, 0);
    return LineRecord.of(b, LineTable.of(t, 1, n), 0, s);
  }

  /**
   * Parses the line that starts at {@code s} into {@code t[o .. o + STRIDE)}; {@code n} is the end
   * of the data. Returns the end of the line, after its terminator.
   */
  static int parseLine(byte[] b, int s, int n, int[] t, int o) {
    byte[] cls = CLASS;
    int p = s;
    while (p < n && cls[b[p] & 0xFF] == WS) {
      p++;
    }
    if (p == n || cls[b[p] & 0xFF] == EOL) {
      return finish(b, p, n, t, o, LineRecord.BLANK, -1, -1, -1, -1, -1);
    }
    if (b[p] == '#') {
      return finish(b, toEol(b, p, n), n, t, o, LineRecord.COMMENT, -1, -1, -1, -1, -1);
    }
    int keyStart = p;
    int h = 0;
    while (p < n && (cls[b[p] & 0xFF] & KEY_STOP) == 0) {
      h = 31 * h + b[p];
      p++;
    }
    int keyEnd = p;
    while (p < n && cls[b[p] & 0xFF] == WS) {
      p++;
    }
    if (keyEnd == keyStart || p == n || b[p] != '=') {
      return other(b, p, n, t, o);
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
        return other(b, p, n, t, o);
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
      return other(b, p, n, t, o);
    }
    finish(b, p, n, t, o, LineRecord.ENTRY, keyStart, keyEnd, valueStart, valueEnd, commentStart);
    t[o + LineRecord.KEY_HASH] = keyHash(h);
    return t[o + LineRecord.END];
  }

  /** The 15 bits of a key's hash the line table keeps (they fit every table's slots). */
  static int keyHash(int h) {
    return (h ^ (h >>> 15)) & 0x7FFF;
  }

  private static int other(byte[] b, int p, int n, int[] t, int o) {
    return finish(b, toEol(b, p, n), n, t, o, LineRecord.OTHER, -1, -1, -1, -1, -1);
  }

  private static int toEol(byte[] b, int p, int n) {
    return TextLines.contentEnd(b, p, n);
  }

  private static int finish(byte[] b, int contentEnd, int n, int[] t, int o, int kind, int keyStart,
      int keyEnd, int valueStart, int valueEnd, int commentStart) {
    int end = TextLines.lineEnd(b, contentEnd, n);
    t[o + LineRecord.END] = end;
    t[o + LineRecord.CONTENT_END] = contentEnd;
    t[o + LineRecord.KIND] = kind;
    t[o + LineRecord.KEY_START] = keyStart;
    t[o + LineRecord.KEY_END] = keyEnd;
    t[o + LineRecord.VALUE_START] = valueStart;
    t[o + LineRecord.VALUE_END] = valueEnd;
    t[o + LineRecord.COMMENT_START] = commentStart;
    t[o + LineRecord.KEY_HASH] = 0;
    return end;
  }
}
