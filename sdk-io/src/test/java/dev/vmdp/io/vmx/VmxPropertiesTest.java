package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.VmdpException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Round trips and edit locality of {@link VmxDocument} and {@link VmxEscape} on generated input. */
class VmxPropertiesTest {
  private static final byte[] STRUCTURE = {
      '=', '"', '#', ' ', '\t', '\n', '\r', '|', 'a', 'K', '.', '0', '7', 'F', 0, 0x7F,
      (byte) 0xE4, (byte) 0xB8, (byte) 0xAD, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF};

  private static final String KEY_CHARS = "aZ09._:-=# \t\"\n\r\u00e9";
  private static final String VALUE_CHARS = "ab \"|#=\n\r\t\u007f\u0000\u00e9\u4eee";

  static Gen<Byte> anyByte() {
    return Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
  }

  static Gen<byte[]> rawBytes() {
    return Generate.byteArrays(Generate.range(0, 300), anyByte());
  }

  static Gen<byte[]> vmxLikeBytes() {
    Gen<Byte> structural = Generate.pick(toList(STRUCTURE));
    Gen<Byte> mixed = Generate.frequency(Pair.of(4, structural), Pair.of(1, anyByte()));
    return SourceDSL.lists().of(mixed).ofSizeBetween(0, 400).map(VmxPropertiesTest::toArray);
  }

  static Gen<String> stringOf(String chars, int maxLength) {
    List<Character> pool = new ArrayList<>();
    for (char c : chars.toCharArray()) {
      pool.add(c);
    }
    return SourceDSL.lists().of(Generate.pick(pool)).ofSizeBetween(0, maxLength).map(VmxPropertiesTest::join);
  }

  static Gen<String> keys() {
    return stringOf(KEY_CHARS, 12);
  }

  static Gen<String> values() {
    Gen<String> anyText = SourceDSL.lists().of(Generate.characters(0, 0xFFFF)).ofSizeBetween(0, 30)
        .map(VmxPropertiesTest::join);
    return Generate.oneOf(anyText, stringOf(VALUE_CHARS, 30));
  }

  @Test
  void anyBytesRoundTrip() {
    qt().withFixedSeed(42).withExamples(500).forAll(vmxLikeBytes()).checkAssert(bytes -> {
      VmxDocument doc = VmxDocument.parse(bytes, "p.vmx");
      assertThat(doc.toBytes()).isEqualTo(bytes);
      doc.diagnostics();
      doc.lines();
      doc.keys().forEach(doc::get);
    });
  }

  @Test
  void arbitraryRawBytesRoundTrip() {
    qt().withFixedSeed(42).withExamples(300).forAll(rawBytes())
        .checkAssert(bytes -> assertThat(VmxDocument.parse(bytes, "p.vmx").toBytes()).isEqualTo(bytes));
  }

  @Test
  void aValueIsRejectedOrReadBackAndOnlyItsOwnLinesChange() {
    qt().withFixedSeed(42).withExamples(400).forAll(keys(), values()).checkAssert((key, value) -> {
      VmxDocument doc = VmxTestSupport.guide();
      VmxDocument edited;
      try {
        edited = doc.set(key, value);
      } catch (VmdpException rejected) {
        return;
      }
      assertThat(edited.get(key)).contains(value);
      assertThat(VmxDocument.parse(edited.toBytes(), "again.vmx").get(key)).contains(value);
      assertSameLines(otherLines(edited, key), otherLines(doc, key));
      assertThat(edited.entries(key)).hasSize(Math.max(1, doc.entries(key).size()));
    });
  }

  @Test
  void editsOfArbitraryDocumentsTouchOnlyTheirOwnLines() {
    qt().withFixedSeed(42).withExamples(400).forAll(vmxLikeBytes(), values()).checkAssert((bytes, value) -> {
      VmxDocument doc = VmxDocument.parse(bytes, "p.vmx");
      for (String key : List.of("a", "K", "pciPassthru1.id")) {
        VmxDocument edited;
        try {
          edited = doc.set(key, value);
        } catch (VmdpException rejected) {
          continue;
        }
        assertThat(VmxDocument.parse(edited.toBytes(), "again.vmx").get(key)).contains(value);
        assertSameLines(otherLines(edited, key), otherLines(doc, key));
        assertReadsAsItsBytes(edited);
        VmxDocument removed = edited.remove(key);
        assertThat(removed.contains(key)).isFalse();
        assertReadsAsItsBytes(removed);
        assertSameLines(otherLines(removed, key), otherLines(doc, key));
      }
    });
  }

  @Test
  void escapeThenUnescapeGivesTheBytesBack() {
    qt().withFixedSeed(42).withExamples(300).forAll(rawBytes()).checkAssert(raw -> {
      byte[] escaped = VmxEscape.escape(raw);
      assertThat(VmxEscape.unescape(escaped)).isEqualTo(raw);
      for (byte b : escaped) {
        assertThat(VmxEscape.needsEscape(b) && b != '|').isFalse();
      }
      assertThat(VmxEscape.invalidEscapes(escaped, 0, escaped.length)).isEmpty();
    });
  }

  @Test
  void unescapeNeverFailsAndNeverGrows() {
    qt().withFixedSeed(42).withExamples(300).forAll(vmxLikeBytes())
        .checkAssert(bytes -> assertThat(VmxEscape.unescape(bytes).length).isLessThanOrEqualTo(bytes.length));
  }

  /** An edited document is line for line what reading its bytes gives (kind, bytes, terminator, key, value). */
  private static void assertReadsAsItsBytes(VmxDocument edited) {
    VmxDocument read = VmxDocument.parse(edited.toBytes(), edited.fileName());
    assertThat(edited.lineCount()).isEqualTo(read.lineCount());
    List<VmxLine> a = edited.lines();
    List<VmxLine> b = read.lines();
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).getClass()).isEqualTo(b.get(i).getClass());
      assertThat(a.get(i).raw()).isEqualTo(b.get(i).raw());
      assertThat(a.get(i).terminator()).isEqualTo(b.get(i).terminator());
      if (a.get(i) instanceof VmxEntry e) {
        VmxEntry f = (VmxEntry) b.get(i);
        assertThat(e.key()).isEqualTo(f.key());
        assertThat(e.writtenValue()).isEqualTo(f.writtenValue());
        assertThat(e.trailingComment()).isEqualTo(f.trailingComment());
      }
    }
    assertThat(edited.diagnostics()).isEqualTo(read.diagnostics());
    assertThat(edited.keys()).isEqualTo(read.keys());
  }

  private static void assertSameLines(List<byte[]> actual, List<byte[]> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).isEqualTo(expected.get(i));
    }
  }

  private static List<byte[]> otherLines(VmxDocument doc, String key) {
    List<byte[]> out = new ArrayList<>();
    for (VmxLine l : doc.lines()) {
      if (!(l instanceof VmxEntry e && VmxDocument.asciiLower(e.key()).equals(VmxDocument.asciiLower(key)))) {
        out.add(l.raw());
      }
    }
    return out;
  }

  private static List<Byte> toList(byte[] b) {
    List<Byte> out = new ArrayList<>();
    for (byte x : b) {
      out.add(x);
    }
    return out;
  }

  private static byte[] toArray(List<Byte> list) {
    byte[] out = new byte[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  private static String join(List<Character> chars) {
    StringBuilder b = new StringBuilder(chars.size());
    chars.forEach(b::append);
    return b.toString();
  }
}
