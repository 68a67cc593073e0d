package dev.vmdp.io.vmx;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes the read-time diagnostics VMDP601-605 of a document.
 *
 * <p>It runs for every file of a fleet check, so it looks at a line's bytes only when they can
 * hold a finding: the {@code |} and the bytes above ASCII of the whole file are found eight bytes
 * at a time ({@link WordScan}), and in a file whose bytes all decode in a byte-wise encoding
 * (UTF-8 or a one-byte charset) no key or value can hold an undecodable byte unless an escape
 * makes one. The findings are the same as a line-by-line check of every key and value.
 */
final class VmxDiagnostics {
  /** Whether the charsets seen so far decode byte-wise: ASCII bytes never inside a longer character. */
  private static final Map<Charset, Boolean> BYTE_WISE = new ConcurrentHashMap<>();

  private VmxDiagnostics() {}

  /**
   * @param doc the document
   * @param keys the document's keys ({@link KeyLines#of})
   */
  static List<Diagnostic> compute(VmxDocument doc, KeyLines keys) {
    byte[] buf = doc.bytesUnsafe();
    LineTable t = doc.table();
    String file = doc.fileName();
    List<Diagnostic> out = new ArrayList<>();
    int size = buf.length;
    int nextPipe = WordScan.pipe(buf, 0, size);
    int nextHigh = WordScan.high(buf, 0, size);
    // With every byte valid in a byte-wise charset, only an escape can make a value undecodable.
    boolean rawValid = nextHigh == size || (byteWise(doc.charset()) && decodes(doc.charset(), buf));
    CharsetDecoder decoder = null;
    boolean encodingSeen = false;
    int start = doc.firstLineStart();
    for (int i = 0, n = t.count(); i < n; i++) {
      int kind = t.get(i, LineRecord.KIND);
      int line = i + 1;
      if (kind == LineRecord.OTHER) {
        int contentEnd = t.get(i, LineRecord.CONTENT_END);
        boolean nul = false;
        for (int p = start; p < contentEnd && !nul; p++) {
          nul = buf[p] == 0;
        }
        out.add(diagnostic("VMDP602", Severity.WARNING, nul
            ? "line holds a NUL byte and is not a key = value line (kept as is)"
            : "line is not a key = value line (kept as is)", SourceRef.of(file, line, 1)));
      } else if (kind == LineRecord.ENTRY) {
        int keyStart = t.get(i, LineRecord.KEY_START);
        int valueStart = t.get(i, LineRecord.VALUE_START);
        int valueEnd = t.get(i, LineRecord.VALUE_END);
        boolean quoted = valueEnd > valueStart && buf[valueStart] == '"';
        int innerStart = quoted ? valueStart + 1 : valueStart;
        int innerEnd = quoted ? valueEnd - 1 : valueEnd;
        if (!quoted) {
          out.add(diagnostic("VMDP604", Severity.WARNING, "value of " + doc.decodeKeyAt(i)
              + " is not quoted (ESXi rejects unquoted values; setting the key writes it quoted)",
              SourceRef.of(file, line, valueStart - start + 1)));
        }
        if (nextPipe < innerStart) {
          nextPipe = WordScan.pipe(buf, innerStart, size);
        }
        boolean highEscape = false;
        if (nextPipe < innerEnd) {
          for (int at : VmxEscape.invalidEscapes(buf, innerStart, innerEnd - innerStart)) {
            out.add(diagnostic("VMDP603", Severity.WARNING, "invalid escape in value of " + doc.decodeKeyAt(i)
                + ": '|' is not followed by two hex digits (kept literally)", SourceRef.of(file, line, at - start + 1)));
          }
          highEscape = hasHighEscape(buf, nextPipe, innerEnd);
        }
        if (nextHigh < keyStart) {
          nextHigh = WordScan.high(buf, keyStart, size);
        }
        if ((!rawValid && nextHigh < innerEnd) || highEscape) {
          if (decoder == null) {
            decoder = doc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
          }
          LineRecord r = doc.record(i);
          int bad = firstUndecodable(decoder, r);
          if (bad >= 0) {
            out.add(diagnostic("VMDP605", Severity.ERROR, (bad < valueStart ? "key " : "value of ")
                + doc.decodeKeyAt(i) + " holds bytes not valid in " + doc.charset().name() + " (kept as is)",
                SourceRef.of(file, line, bad - start + 1)));
          }
        }
        if (doc.unknownEncoding() != null && !encodingSeen && t.get(i, LineRecord.KEY_END) - keyStart == 9
            && keys.lowerKeys[i].equals(".encoding")) {
          encodingSeen = true; // the document reads its encoding from the first .encoding line
          out.add(diagnostic("VMDP605", Severity.ERROR, "unknown .encoding \"" + doc.unknownEncoding()
              + "\": values are decoded as UTF-8 and their bytes kept as is",
              SourceRef.of(file, line, valueStart - start + 1)));
        }
      }
      start = t.get(i, LineRecord.END);
    }
    for (int i : keys.duplicated) {
      int used = keys.line(keys.lowerKeys[i]);
      if (i != used) {
        out.add(diagnostic("VMDP601", Severity.WARNING, "duplicate key " + doc.decodeKeyAt(i)
            + ": line " + (used + 1) + " is used (DuplicatePolicy." + doc.duplicatePolicy()
            + "), this line is ignored",
            SourceRef.of(file, i + 1, t.get(i, LineRecord.KEY_START) - doc.lineStart(i) + 1)));
      }
    }
    out.sort(Comparator.comparingInt(VmxDiagnostics::line).thenComparingInt(VmxDiagnostics::column));
    return List.copyOf(out);
  }

  /** Whether no ASCII byte is ever part of a longer character in {@code cs}: UTF-8 and one-byte charsets. */
  private static boolean byteWise(Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      return true;
    }
    return BYTE_WISE.computeIfAbsent(cs, c -> c.canEncode() && c.newEncoder().maxBytesPerChar() == 1.0f);
  }

  /** Whether all of {@code b} decodes in {@code cs}. */
  private static boolean decodes(Charset cs, byte[] b) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = CharBuffer.allocate(b.length);
    ByteBuffer in = ByteBuffer.wrap(b);
    return !d.decode(in, chars, true).isError() && !d.flush(chars).isError();
  }

  /** Whether a valid escape in {@code b[from, end)} (from a {@code |}) stands for a byte above ASCII. */
  private static boolean hasHighEscape(byte[] b, int from, int end) {
    for (int p = from; p + 2 < end; p++) {
      if (b[p] != '|') {
        continue;
      }
      int high = VmxEscape.hexValue(b[p + 1]);
      if (high >= 0 && VmxEscape.hexValue(b[p + 2]) >= 0) {
        if (high >= 8) {
          return true;
        }
        p += 2;
      }
    }
    return false;
  }

  /** The offset of the first byte of the key or value that does not decode, or -1. */
  private static int firstUndecodable(CharsetDecoder decoder, LineRecord r) {
    int k = firstBad(decoder, r.buf, r.keyStart, r.keyEnd - r.keyStart);
    if (k >= 0) {
      return r.keyStart + k;
    }
    int s = r.innerStart();
    int len = r.innerEnd() - s;
    boolean high = false;
    boolean pipe = false;
    for (int p = s; p < s + len; p++) {
      high |= r.buf[p] < 0;
      pipe |= r.buf[p] == '|';
    }
    if (!high && !pipe) {
      return -1;
    }
    byte[] value = pipe ? VmxEscape.unescape(r.buf, s, len) : java.util.Arrays.copyOfRange(r.buf, s, s + len);
    int v = firstBad(decoder, value, 0, value.length);
    return v < 0 ? -1 : s + rawOffset(r.buf, s, len, v);
  }

  private static int firstBad(CharsetDecoder decoder, byte[] b, int off, int len) {
    boolean high = false;
    for (int p = off; p < off + len && !high; p++) {
      high = b[p] < 0;
    }
    if (!high) {
      return -1;
    }
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer chars = CharBuffer.allocate(len * 2 + 4);
    CoderResult res = decoder.decode(in, chars, true);
    if (res.isError()) {
      return in.position() - off;
    }
    res = decoder.flush(chars);
    return res.isError() ? in.position() - off : -1;
  }

  /** Maps an offset in the unescaped value back to the offset in the written value. */
  private static int rawOffset(byte[] buf, int s, int len, int unescapedOffset) {
    int out = 0;
    int i = s;
    int end = s + len;
    while (i < end) {
      int step = 1;
      if (buf[i] == '|' && i + 2 < end && VmxEscape.hexValue(buf[i + 1]) >= 0 && VmxEscape.hexValue(buf[i + 2]) >= 0) {
        step = 3;
      }
      if (out == unescapedOffset) {
        return i - s;
      }
      out++;
      i += step;
    }
    return len;
  }

  private static int line(Diagnostic d) {
    return d.location().map(SourceRef::line).orElse(0);
  }

  private static int column(Diagnostic d) {
    return d.location().map(l -> l.column().orElse(0)).orElse(0);
  }

  private static Diagnostic diagnostic(String rule, Severity severity, String message, SourceRef at) {
    return Diagnostic.builder().ruleId(rule).severity(severity).message(message).location(at).build();
  }
}
