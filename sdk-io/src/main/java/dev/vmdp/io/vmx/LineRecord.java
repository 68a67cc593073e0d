package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;
import dev.vmdp.io.internal.TextLines;

/**
 * One line of a document as offsets into its byte array: a short-lived view of one row of the
 * document's {@link LineTable}. A document keeps only the table, not these objects, so that a
 * parsed file costs little more memory than its bytes.
 */
final class LineRecord {
  static final byte BLANK = 0;
  static final byte COMMENT = 1;
  static final byte ENTRY = 2;
  static final byte OTHER = 3;

  /** Slot of the line's end (after its terminator) in a table row. */
  static final int END = 0;
  /** Slot of the end of the line's content (before its terminator). */
  static final int CONTENT_END = 1;
  /** Slot of the line's kind. */
  static final int KIND = 2;
  /** Slot of the key's start (-1 for lines that are not entries). */
  static final int KEY_START = 3;
  /** Slot of the key's end. */
  static final int KEY_END = 4;
  /** Slot of the value's start as written (at an opening quote). */
  static final int VALUE_START = 5;
  /** Slot of the value's end as written (after a closing quote). */
  static final int VALUE_END = 6;
  /** Slot of a trailing comment's start, or -1. */
  static final int COMMENT_START = 7;
  /** Slot of a 15-bit hash of the key's bytes as written (0 for lines that are not entries). */
  static final int KEY_HASH = 8;
  /** Numbers per line in a line table; a line starts where the previous one ends. */
  static final int STRIDE = 9;

  final byte[] buf;
  /** First byte of the line. */
  final int start;
  /** End of the line's content, before its terminator. */
  final int contentEnd;
  /** End of the line including its terminator. */
  final int end;
  final byte kind;
  final int keyStart;
  final int keyEnd;
  /** Start of the value as written, at the opening quote of a quoted value. */
  final int valueStart;
  /** End of the value as written, after the closing quote of a quoted value. */
  final int valueEnd;
  /** Start of a trailing {@code #} comment, or -1. */
  final int commentStart;
  /** The key's 15-bit hash ({@link #KEY_HASH}), 0 for lines that are not entries. */
  final int keyHash;

  private LineRecord(byte[] buf, int start, LineTable t, int i) {
    this.buf = buf;
    this.start = start;
    this.end = t.get(i, END);
    this.contentEnd = t.get(i, CONTENT_END);
    this.kind = (byte) t.get(i, KIND);
    this.keyStart = t.get(i, KEY_START);
    this.keyEnd = t.get(i, KEY_END);
    this.valueStart = t.get(i, VALUE_START);
    this.valueEnd = t.get(i, VALUE_END);
    this.commentStart = t.get(i, COMMENT_START);
    this.keyHash = t.get(i, KEY_HASH);
  }

  /** The record of line {@code i} of a table, which starts at {@code start}. */
  static LineRecord of(byte[] buf, LineTable table, int i, int start) {
    return new LineRecord(buf, start, table, i);
  }

  /**
   * Writes this line's row, moved by {@code shift} bytes, into {@code rows} at {@code o}: for a
   * line kept as is in an edited document.
   */
  void moved(int shift, int[] rows, int o) {
    rows[o + END] = end + shift;
    rows[o + CONTENT_END] = contentEnd + shift;
    rows[o + KIND] = kind;
    rows[o + KEY_START] = moved(keyStart, shift);
    rows[o + KEY_END] = moved(keyEnd, shift);
    rows[o + VALUE_START] = moved(valueStart, shift);
    rows[o + VALUE_END] = moved(valueEnd, shift);
    rows[o + COMMENT_START] = moved(commentStart, shift);
    rows[o + KEY_HASH] = keyHash;
  }

  /** An offset moved by {@code shift}; -1 (absent) stays -1. */
  private static int moved(int offset, int shift) {
    return offset < 0 ? -1 : offset + shift;
  }

  boolean isEntry() {
    return kind == ENTRY;
  }

  boolean quoted() {
    return quoted(buf, valueStart, valueEnd);
  }

  /** Start of the value's content (after an opening quote). */
  int innerStart() {
    return quoted() ? valueStart + 1 : valueStart;
  }

  /** End of the value's content (before a closing quote). */
  int innerEnd() {
    return quoted() ? valueEnd - 1 : valueEnd;
  }

  /** Whether the value {@code buf[valueStart, valueEnd)} of a table row is quoted; {@link #quoted()} without a record. */
  static boolean quoted(byte[] buf, int valueStart, int valueEnd) {
    return valueEnd > valueStart && buf[valueStart] == '"';
  }

  LineTerminator terminator() {
    return TextLines.terminator(buf, contentEnd, end);
  }
}
