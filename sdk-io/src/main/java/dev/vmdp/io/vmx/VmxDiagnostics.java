package dev.vmdp.io.vmx;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes the read-time diagnostics VMDP601-605 of a document. */
final class VmxDiagnostics {
  private static final int[] NONE = {};

  private VmxDiagnostics() {}

  /**
   * @param doc the document
   * @param lowerKeys the lower-case key of every entry line ({@link VmxDocument#lowerKeys()})
   */
  static List<Diagnostic> compute(VmxDocument doc, String[] lowerKeys) {
    LineRecord[] lines = doc.records();
    String file = doc.fileName();
    List<Diagnostic> out = new ArrayList<>();
    // The first line of every key, and every line of the keys that occur more than once.
    Map<String, Integer> firstAt = new HashMap<>((int) (lines.length / 0.75f) + 1);
    Map<String, List<Integer>> duplicated = new HashMap<>();
    // Most files are ASCII without a '|': then no value holds an escape or an undecodable byte.
    boolean high = false;
    boolean pipe = false;
    for (byte x : doc.bytesUnsafe()) {
      high |= x < 0;
      pipe |= x == '|';
    }
    CharsetDecoder decoder = doc.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = 0; i < lines.length; i++) {
      LineRecord r = lines[i];
      int line = i + 1;
      if (r.kind == LineRecord.OTHER) {
        boolean nul = false;
        for (int p = r.start; p < r.contentEnd && !nul; p++) {
          nul = r.buf[p] == 0;
        }
        out.add(diagnostic("VMDP602", Severity.WARNING, nul
            ? "line holds a NUL byte and is not a key = value line (kept as is)"
            : "line is not a key = value line (kept as is)", SourceRef.of(file, line, 1)));
        continue;
      }
      if (!r.isEntry()) {
        continue;
      }
      String lower = lowerKeys[i];
      Integer previous = firstAt.putIfAbsent(lower, i);
      if (previous != null) {
        duplicated.computeIfAbsent(lower, k -> new ArrayList<>(List.of(previous))).add(i);
      }
      if (!r.quoted()) {
        String key = doc.decodeKey(r);
        out.add(diagnostic("VMDP604", Severity.WARNING, "value of " + key
            + " is not quoted (ESXi rejects unquoted values; setting the key writes it quoted)",
            SourceRef.of(file, line, r.valueStart - r.start + 1)));
      }
      int s = r.innerStart();
      int len = r.innerEnd() - s;
      for (int at : pipe ? VmxEscape.invalidEscapes(r.buf, s, len) : NONE) {
        String key = doc.decodeKey(r);
        out.add(diagnostic("VMDP603", Severity.WARNING, "invalid escape in value of " + key
            + ": '|' is not followed by two hex digits (kept literally)",
            SourceRef.of(file, line, at - r.start + 1)));
      }
      int bad = high || pipe ? firstUndecodable(decoder, r) : -1;
      if (bad >= 0) {
        String key = doc.decodeKey(r);
        out.add(diagnostic("VMDP605", Severity.ERROR, (bad < r.valueStart ? "key " + key : "value of " + key)
            + " holds bytes not valid in " + doc.charset().name() + " (kept as is)",
            SourceRef.of(file, line, bad - r.start + 1)));
      }
      if (doc.unknownEncoding() != null && r.keyEnd - r.keyStart == 9
          && lower.equals(".encoding") && previous == null) {
        out.add(diagnostic("VMDP605", Severity.ERROR, "unknown .encoding \"" + doc.unknownEncoding()
            + "\": values are decoded as UTF-8 and their bytes kept as is",
            SourceRef.of(file, line, r.valueStart - r.start + 1)));
      }
    }
    for (List<Integer> at : duplicated.values()) {
      int used = doc.duplicatePolicy() == DuplicatePolicy.FIRST ? at.get(0) : at.get(at.size() - 1);
      for (int i : at) {
        if (i != used) {
          LineRecord r = lines[i];
          out.add(diagnostic("VMDP601", Severity.WARNING, "duplicate key " + doc.decodeKey(r)
              + ": line " + (used + 1) + " is used (DuplicatePolicy." + doc.duplicatePolicy()
              + "), this line is ignored", SourceRef.of(file, i + 1, r.keyStart - r.start + 1)));
        }
      }
    }
    out.sort(Comparator.comparingInt(VmxDiagnostics::line).thenComparingInt(VmxDiagnostics::column));
    return List.copyOf(out);
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
      if (buf[i] == '|' && i + 2 < end && isHex(buf[i + 1]) && isHex(buf[i + 2])) {
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

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
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
