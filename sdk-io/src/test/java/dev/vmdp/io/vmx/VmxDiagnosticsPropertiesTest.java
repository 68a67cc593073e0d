package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceRef;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link VmxDiagnostics}, which skips the bytes that cannot hold a finding, against a plain
 * line-by-line check of every key and value on generated VMX-like files (those of
 * {@link VmxValuesPropertiesTest#files()}: escapes valid and not, UTF-8 and windows-1252 bytes,
 * encodings byte-wise or not, unknown ones, NULs, duplicate keys, every line end).
 */
class VmxDiagnosticsPropertiesTest {
  @Test
  void findsWhatALineByLineCheckFinds() {
    Set<String> seen = new TreeSet<>();
    qt().withFixedSeed(7).withExamples(4000).forAll(VmxValuesPropertiesTest.files()).checkAssert(b -> {
      for (DuplicatePolicy policy : DuplicatePolicy.values()) {
        VmxDocument doc = VmxDocument.parse(b, "t.vmx").withDuplicatePolicy(policy);
        List<String> expected = lineByLine(doc);
        assertThat(found(doc.diagnostics())).as(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1))
            .isEqualTo(expected);
        expected.forEach(d -> seen.add(d.substring(d.lastIndexOf(' ') + 1)));
      }
    });
    // Guards the property against a generator that never makes a finding of some kind.
    assertThat(seen).contains("VMDP601", "VMDP602", "VMDP603", "VMDP604", "VMDP605");
  }

  private static List<String> found(List<Diagnostic> diagnostics) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      SourceRef at = d.location().orElseThrow();
      out.add(key(at.line(), at.column().orElse(0), d.ruleId()));
    }
    out.sort(null);
    return out;
  }

  private static String key(int line, int column, String rule) {
    return String.format("%05d:%05d %s", line, column, rule);
  }

  /** Every finding of every line, looking at each key and value whole. */
  private static List<String> lineByLine(VmxDocument doc) {
    List<String> out = new ArrayList<>();
    LineRecord[] lines = doc.records();
    Map<String, List<Integer>> byKey = new HashMap<>();
    CharsetDecoder decoder = doc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    boolean encodingReported = false;
    for (int i = 0; i < lines.length; i++) {
      LineRecord r = lines[i];
      int line = i + 1;
      if (r.kind == LineRecord.OTHER) {
        out.add(key(line, 1, "VMDP602"));
        continue;
      }
      if (!r.isEntry()) {
        continue;
      }
      String lower = VmxDocument.asciiLower(doc.decodeKey(r));
      byKey.computeIfAbsent(lower, k -> new ArrayList<>()).add(i);
      if (!r.quoted()) {
        out.add(key(line, r.valueStart - r.start + 1, "VMDP604"));
      }
      int s = r.innerStart();
      int len = r.innerEnd() - s;
      for (int at : VmxEscape.invalidEscapes(r.buf, s, len)) {
        out.add(key(line, at - r.start + 1, "VMDP603"));
      }
      int badKey = firstBad(decoder, r.buf, r.keyStart, r.keyEnd - r.keyStart);
      if (badKey >= 0) {
        out.add(key(line, r.keyStart + badKey - r.start + 1, "VMDP605"));
      } else {
        byte[] value = VmxEscape.unescape(r.buf, s, len);
        int bad = firstBad(decoder, value, 0, value.length);
        if (bad >= 0) {
          out.add(key(line, s + rawOffset(r.buf, s, len, bad) - r.start + 1, "VMDP605"));
        }
      }
      if (doc.unknownEncoding() != null && !encodingReported && lower.equals(".encoding")) {
        encodingReported = true;
        out.add(key(line, r.valueStart - r.start + 1, "VMDP605"));
      }
    }
    for (List<Integer> at : byKey.values()) {
      int used = doc.duplicatePolicy() == DuplicatePolicy.FIRST ? at.get(0) : at.get(at.size() - 1);
      for (int i : at) {
        if (i != used) {
          out.add(key(i + 1, lines[i].keyStart - lines[i].start + 1, "VMDP601"));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The offset of the first byte of {@code b[off, off + len)} that does not decode, or -1. */
  private static int firstBad(CharsetDecoder decoder, byte[] b, int off, int len) {
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer chars = CharBuffer.allocate(len * 2 + 4);
    if (decoder.decode(in, chars, true).isError() || decoder.flush(chars).isError()) {
      return in.position() - off;
    }
    return -1;
  }

  /** The offset in the written value of the byte at {@code unescaped} in the unescaped value. */
  private static int rawOffset(byte[] buf, int s, int len, int unescaped) {
    int out = 0;
    int i = s;
    while (i < s + len && out < unescaped) {
      boolean escape = buf[i] == '|' && i + 2 < s + len && hex(buf[i + 1]) && hex(buf[i + 2]);
      i += escape ? 3 : 1;
      out++;
    }
    return i - s;
  }

  private static boolean hex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }
}
