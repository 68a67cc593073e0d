package dev.vmdp.io.passthrumap;

import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of a passthru.map file as bytes, with its terminator and what it was read as. A line
 * knows nothing of its number, so documents that share it after an edit may place it anywhere.
 */
final class RawLine {

  enum Kind { BLANK, COMMENT, ENTRY, INVALID }

  /** A problem on the line; the column is 1-based, a byte offset plus one. */
  record Problem(String ruleId, int column, String message) {}

  private final byte[] content;
  private final LineTerminator terminator;
  private final int[] tokenStart;
  private final int[] tokenEnd;
  private final Kind kind;
  private final PassthruMapEntry entry;
  private final List<Problem> problems;

  private RawLine(byte[] content, LineTerminator terminator) {
    this.content = content;
    this.terminator = terminator;
    List<int[]> tokens = new ArrayList<>();
    int comment = -1;
    int i = 0;
    while (i < content.length) {
      byte b = content[i];
      if (b == '#') {
        comment = i;
        break;
      }
      if (isBlank(b)) {
        i++;
        continue;
      }
      int start = i;
      while (i < content.length && !isBlank(content[i]) && content[i] != '#') {
        i++;
      }
      tokens.add(new int[] {start, i});
    }
    this.tokenStart = tokens.stream().mapToInt(t -> t[0]).toArray();
    this.tokenEnd = tokens.stream().mapToInt(t -> t[1]).toArray();
    List<Problem> found = new ArrayList<>();
    PassthruMapEntry parsed = null;
    if (tokens.isEmpty()) {
      this.kind = comment < 0 ? Kind.BLANK : Kind.COMMENT;
    } else {
      parsed = readEntry(found);
      this.kind = parsed == null ? Kind.INVALID : Kind.ENTRY;
    }
    this.entry = parsed;
    this.problems = List.copyOf(found);
  }

  static RawLine of(byte[] content, LineTerminator terminator) {
    return new RawLine(content, terminator);
  }

  static boolean isBlank(byte b) {
    return b == ' ' || b == '\t';
  }

  private PassthruMapEntry readEntry(List<Problem> found) {
    int n = tokenStart.length;
    if (n != 4) {
      int column = n > 4 ? tokenStart[4] + 1 : tokenEnd[n - 1] + 1;
      found.add(new Problem("VMDP501", column, "expected 4 fields (vendor device resetMethod fptShareable), found " + n));
      return null;
    }
    int vendor = hex16(token(0));
    if (vendor < 0) {
      found.add(new Problem("VMDP501", tokenStart[0] + 1,
          "bad vendor id '" + text(0) + "': want up to 4 hex digits as lspci -n prints them (ffff = any)"));
    }
    int device = hex16(token(1));
    if (device < 0) {
      found.add(new Problem("VMDP501", tokenStart[1] + 1,
          "bad device id '" + text(1) + "': want up to 4 hex digits as lspci -n prints them (ffff = any)"));
    }
    Optional<ResetMethod> method = ResetMethod.fromToken(text(2));
    if (method.isEmpty()) {
      found.add(new Problem("VMDP502", tokenStart[2] + 1,
          "unknown reset method '" + text(2) + "' (want flr, d3d0, link, bridge or default)"));
    }
    Optional<FptShareable> shareable = FptShareable.fromToken(text(3));
    if (shareable.isEmpty()) {
      found.add(new Problem("VMDP503", tokenStart[3] + 1,
          "unknown fptShareable value '" + text(3) + "' (want true, default or false)"));
    }
    if (!found.isEmpty()) {
      return null;
    }
    return PassthruMapEntry.builder()
        .vendor(vendor).device(device)
        .resetMethod(method.get()).fptShareable(shareable.get())
        .build();
  }

  /** One to four hex digits, optionally after {@code 0x}; -1 when the token is not that. */
  private static int hex16(byte[] t) {
    int from = t.length > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') ? 2 : 0;
    int digits = t.length - from;
    if (digits < 1 || digits > 4) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < t.length; i++) {
      int d = Character.digit((char) (t[i] & 0xff), 16);
      if (d < 0 || t[i] < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  private byte[] token(int i) {
    return Arrays.copyOfRange(content, tokenStart[i], tokenEnd[i]);
  }

  private String text(int i) {
    return new String(content, tokenStart[i], tokenEnd[i] - tokenStart[i], StandardCharsets.UTF_8);
  }

  Kind kind() {
    return kind;
  }

  /** The entry without a source; null unless the line is an entry. */
  PassthruMapEntry entry() {
    return entry;
  }

  List<Problem> problems() {
    return problems;
  }

  LineTerminator terminator() {
    return terminator;
  }

  int tokenCount() {
    return tokenStart.length;
  }

  /** The start offsets of the four fields when every blank before the last one is a space; else null. */
  int[] spaceColumns() {
    if (tokenStart.length != 4) {
      return null;
    }
    for (int i = 0; i < tokenEnd[3]; i++) {
      if (content[i] == '\t') {
        return null;
      }
    }
    return tokenStart.clone();
  }

  /** The text without its terminator, decoded as UTF-8 (undecodable bytes become U+FFFD). */
  String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /** The bytes without the terminator (the array itself: do not change it). */
  byte[] content() {
    return content;
  }

  int length() {
    return content.length + terminator.text().length();
  }

  void copyTo(byte[] out, int offset) {
    System.arraycopy(content, 0, out, offset, content.length);
    String t = terminator.text();
    for (int i = 0; i < t.length(); i++) {
      out[offset + content.length + i] = (byte) t.charAt(i);
    }
  }

  RawLine withTerminator(LineTerminator t) {
    return t == terminator ? this : new RawLine(content, t);
  }

  /** A new line for the entry: at the columns given, or separated by single spaces when null. */
  static RawLine render(PassthruMapEntry e, int[] columns, LineTerminator t) {
    StringBuilder sb = new StringBuilder();
    appendFields(sb, fields(e), columns);
    return new RawLine(sb.toString().getBytes(StandardCharsets.US_ASCII), t);
  }

  /**
   * This line with its fields replaced by the entry's, keeping the indentation, the blanks between
   * fields (or the file's columns, when the line follows them), trailing blanks, the comment and
   * the terminator.
   */
  RawLine replacedBy(PassthruMapEntry e, int[] fileColumns) {
    String[] f = fields(e);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 16);
    int last = tokenStart.length - 1;
    if (tokenStart.length == 4) {
      if (fileColumns != null && Arrays.equals(fileColumns, spaceColumns())) {
        StringBuilder sb = new StringBuilder();
        appendFields(sb, f, fileColumns);
        out.writeBytes(sb.toString().getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(content, 0, tokenStart[0]);
        for (int i = 0; i < 4; i++) {
          out.writeBytes(f[i].getBytes(StandardCharsets.US_ASCII));
          int next = i < 3 ? tokenStart[i + 1] : tokenEnd[i];
          out.write(content, tokenEnd[i], next - tokenEnd[i]);
        }
      }
    } else {
      out.write(content, 0, tokenStart[0]);
      out.writeBytes(String.join(" ", f).getBytes(StandardCharsets.US_ASCII));
      if (tokenEnd[last] < content.length && !isBlank(content[tokenEnd[last]])) {
        out.write(' ');
      }
    }
    out.write(content, tokenEnd[last], content.length - tokenEnd[last]);
    return new RawLine(out.toByteArray(), terminator);
  }

  private static String[] fields(PassthruMapEntry e) {
    return new String[] {
        PciId.hex4(e.vendor()), PciId.hex4(e.device()),
        e.resetMethod().token(), e.fptShareable().token()};
  }

  private static void appendFields(StringBuilder sb, String[] f, int[] columns) {
    for (int i = 0; i < f.length; i++) {
      int pad = columns == null ? (i > 0 ? 1 : 0) : columns[i] - sb.length();
      if (i > 0 && pad < 1) {
        pad = 1;
      }
      sb.append(" ".repeat(Math.max(0, pad))).append(f[i]);
    }
  }
}
