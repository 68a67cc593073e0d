package dev.vmdp.io.vmx;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.io.internal.LineDiff;
import dev.vmdp.io.internal.TextLines;
import dev.vmdp.model.Edit;
import dev.vmdp.model.VmdpException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The edit machinery of {@link VmxDocument}: it builds the line records of edits (every new line
 * re-parsed and checked before use), joins line records into the edited document, and describes
 * the edits between two versions of a document as a line diff. The document keeps the public
 * verbs ({@code set}, {@code remove}, {@code editsTo}) and the lookups they need.
 */
final class VmxEdits {
  /** Limits for re-reading an edited document: its lines were checked when first read. */
  private static final InputLimits EDITED = InputLimits.of(Integer.MAX_VALUE - 8, Integer.MAX_VALUE);

  private VmxEdits() {}

  /**
   * The document made of these lines: their bytes joined (after the byte order mark). Lines of
   * the document keep their rows, moved; new lines are parsed where they land. The result is
   * exactly what reading the joined bytes gives; where it might not be (a line ending in a bare CR
   * now followed by a line that starts with LF), the joined bytes are read again whole.
   *
   * @param doc the document edited
   * @param lines its lines after the edit: its own records and new ones
   * @param edit what the edit was, for a refusal ({@code cannot set KEY})
   * @return the edited document
   * @throws VmdpException when a new line or the file would be above the document's limits
   */
  static VmxDocument joined(VmxDocument doc, LineRecord[] lines, String edit) {
    byte[] buf = doc.bytesUnsafe();
    boolean bom = doc.hasByteOrderMark();
    String fileName = doc.fileName();
    InputLimits limits = doc.limits();
    int first = bom ? 3 : 0;
    long size = first;
    for (int k = 0; k < lines.length; k++) {
      LineRecord r = lines[k];
      if (r.buf != buf) {
        limits.checkEditedLine(fileName, k + 1, r.contentEnd - r.start, edit);
      }
      size += r.end - r.start;
    }
    limits.checkEditedFile(fileName, size, edit);
    byte[] out = new byte[(int) size];
    if (bom) {
      System.arraycopy(VmxDocument.BOM, 0, out, 0, 3);
    }
    int stride = LineRecord.STRIDE;
    int[] rows = new int[Math.max(1, lines.length) * stride];
    boolean whole = false;
    int p = first;
    for (int k = 0; k < lines.length; k++) {
      LineRecord r = lines[k];
      int len = r.end - r.start;
      System.arraycopy(r.buf, r.start, out, p, len);
      if (r.buf == buf) {
        r.moved(p - r.start, rows, k * stride);
      } else {
        rows[k * stride + LineRecord.END] = -1; // parsed below, once every byte is in place
      }
      p += len;
    }
    p = first;
    for (int k = 0; k < lines.length && !whole; k++) {
      int o = k * stride;
      int end = p + lines[k].end - lines[k].start;
      if (rows[o + LineRecord.END] < 0) {
        whole = VmxParser.parseLine(out, p, out.length, rows, o) != end;
      }
      whole |= end < out.length && out[end] == '\n' && end - p >= 1 && out[end - 1] == '\r'
          && rows[o + LineRecord.END] - rows[o + LineRecord.CONTENT_END] == 1;
      p = end;
    }
    LineTable t = whole
        ? VmxParser.parse(out, first, fileName, EDITED)
        : LineTable.of(rows, lines.length, out.length);
    return new VmxDocument(fileName, bom, out, t, doc.duplicatePolicy(), limits);
  }

  /**
   * The line edits that turn one version of a document into another ({@link VmxDocument#editsTo}).
   *
   * @param before the document as it was
   * @param after the other version
   * @return the edits in line order, lines numbered and texts decoded as in {@code before}
   */
  static List<Edit> between(VmxDocument before, VmxDocument after) {
    return LineDiff.edits(before.fileName(), diffLines(before), diffLines(after), before.charset(),
        (kind, line, was, now) -> describe(before, kind, was, now));
  }

  private static List<LineDiff.Line> diffLines(VmxDocument doc) {
    byte[] buf = doc.bytesUnsafe();
    LineTable table = doc.table();
    int count = doc.lineCount();
    List<LineDiff.Line> out = new ArrayList<>(count);
    int start = doc.hasByteOrderMark() ? 3 : 0;
    for (int i = 0; i < count; i++) {
      int contentEnd = table.get(i, LineRecord.CONTENT_END);
      int end = table.get(i, LineRecord.END);
      out.add(new LineDiff.Line(buf, start, contentEnd, TextLines.terminator(buf, contentEnd, end)));
      start = end;
    }
    return out;
  }

  /** {@code set KEY = VALUE} for a written entry line, {@code remove KEY} for a removed one. */
  private static String describe(VmxDocument doc, Edit.Kind kind, LineDiff.Line before, LineDiff.Line after) {
    LineDiff.Line line = kind == Edit.Kind.REMOVE ? before : after;
    byte[] content = line.bytes();
    LineRecord r = VmxParser.parseLine(content, line.start(), line.end());
    if (!r.isEntry()) {
      return null;
    }
    String key = doc.decode(content, r.keyStart, r.keyEnd - r.keyStart);
    return kind == Edit.Kind.REMOVE
        ? "remove " + key
        : "set " + key + " = " + doc.decode(content, r.valueStart, r.valueEnd - r.valueStart);
  }

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
