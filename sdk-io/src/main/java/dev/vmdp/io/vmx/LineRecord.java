package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;

/**
 * One line of a document as offsets into a shared byte array. Immutable: documents derived by
 * edits share the records of the lines they did not touch.
 */
final class LineRecord {
  static final byte BLANK = 0;
  static final byte COMMENT = 1;
  static final byte ENTRY = 2;
  static final byte OTHER = 3;

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
  /** ASCII-case-insensitive hash of the key. */
  final int keyHash;

  LineRecord(byte[] buf, int start, int contentEnd, int end, byte kind, int keyStart, int keyEnd,
      int valueStart, int valueEnd, int commentStart, int keyHash) {
    this.buf = buf;
    this.start = start;
    this.contentEnd = contentEnd;
    this.end = end;
    this.kind = kind;
    this.keyStart = keyStart;
    this.keyEnd = keyEnd;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.commentStart = commentStart;
    this.keyHash = keyHash;
  }

  boolean isEntry() {
    return kind == ENTRY;
  }

  boolean quoted() {
    return valueEnd > valueStart && buf[valueStart] == '"';
  }

  /** Start of the value's content (after an opening quote). */
  int innerStart() {
    return quoted() ? valueStart + 1 : valueStart;
  }

  /** End of the value's content (before a closing quote). */
  int innerEnd() {
    return quoted() ? valueEnd - 1 : valueEnd;
  }

  LineTerminator terminator() {
    int n = end - contentEnd;
    if (n == 0) {
      return LineTerminator.NONE;
    }
    if (n == 2) {
      return LineTerminator.CRLF;
    }
    return buf[contentEnd] == '\n' ? LineTerminator.LF : LineTerminator.CR;
  }

  /** Whether this entry's key equals the given key bytes, ignoring ASCII case. */
  boolean keyEquals(byte[] key, int hash) {
    if (keyHash != hash || keyEnd - keyStart != key.length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (VmxParser.LOWER[buf[keyStart + i] & 0xFF] != VmxParser.LOWER[key[i] & 0xFF]) {
        return false;
      }
    }
    return true;
  }
}
