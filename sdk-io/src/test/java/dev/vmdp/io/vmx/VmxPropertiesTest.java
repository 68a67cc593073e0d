package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.VmdpException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VmxPropertiesTest {
  private static final byte[] STRUCTURE = {
      '=', '"', '#', ' ', '\t', '\n', '\r', '|', 'a', 'K', '.', '0', '7', 'F', 0, 0x7F,
      (byte) 0xE4, (byte) 0xB8, (byte) 0xAD, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF};

  @Provide
  Arbitrary<byte[]> vmxLikeBytes() {
    Arbitrary<Byte> structural = Arbitraries.of(toList(STRUCTURE));
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, structural), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(400)
        .map(VmxPropertiesTest::toArray);
  }

  @Property(tries = 500, seed = "42")
  void anyBytesRoundTrip(@ForAll("vmxLikeBytes") byte[] bytes) {
    VmxDocument doc = VmxDocument.parse(bytes, "p.vmx");
    assertThat(doc.toBytes()).isEqualTo(bytes);
    doc.diagnostics();
    doc.lines();
    doc.keys().forEach(doc::get);
  }

  @Property(tries = 300, seed = "42")
  void arbitraryRawBytesRoundTrip(@ForAll byte[] bytes) {
    assertThat(VmxDocument.parse(bytes, "p.vmx").toBytes()).isEqualTo(bytes);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().withChars("aZ09._:-=# \t\"\n\r\u00e9").ofMinLength(0).ofMaxLength(12)
        .injectDuplicates(0.1);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withChars("ab \"|#=\n\r\t\u007f\u0000\u00e9\u4eee").ofMaxLength(30));
  }

  @Property(tries = 400, seed = "42")
  void aValueIsRejectedOrReadBackAndOnlyItsOwnLinesChange(
      @ForAll("keys") String key, @ForAll("values") String value) {
    VmxDocument doc = VmxTestSupport.guide();
    VmxDocument edited;
    try {
      edited = doc.set(key, value);
    } catch (VmdpException rejected) {
      return;
    }
    assertThat(edited.get(key)).contains(value);
    assertThat(VmxDocument.parse(edited.toBytes(), "again.vmx").get(key)).contains(value);
    List<byte[]> others = otherLines(doc, key);
    List<byte[]> othersAfter = otherLines(edited, key);
    assertThat(othersAfter).hasSameSizeAs(others);
    for (int i = 0; i < others.size(); i++) {
      assertThat(othersAfter.get(i)).isEqualTo(others.get(i));
    }
    assertThat(edited.entries(key)).hasSize(Math.max(1, doc.entries(key).size()));
  }

  @Property(tries = 400, seed = "42")
  void editsOfArbitraryDocumentsTouchOnlyTheirOwnLines(
      @ForAll("vmxLikeBytes") byte[] bytes, @ForAll("values") String value) {
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
      VmxDocument removed = edited.remove(key);
      assertThat(removed.contains(key)).isFalse();
      assertSameLines(otherLines(removed, key), otherLines(doc, key));
    }
  }

  private static void assertSameLines(List<byte[]> actual, List<byte[]> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).isEqualTo(expected.get(i));
    }
  }

  @Property(tries = 300, seed = "42")
  void escapeThenUnescapeGivesTheBytesBack(@ForAll byte[] raw) {
    byte[] escaped = VmxEscape.escape(raw);
    assertThat(VmxEscape.unescape(escaped)).isEqualTo(raw);
    for (byte b : escaped) {
      assertThat(VmxEscape.needsEscape(b) && b != '|').isFalse();
    }
    assertThat(VmxEscape.invalidEscapes(escaped, 0, escaped.length)).isEmpty();
  }

  @Property(tries = 300, seed = "42")
  void unescapeNeverFailsAndNeverGrows(@ForAll("vmxLikeBytes") byte[] bytes) {
    assertThat(VmxEscape.unescape(bytes).length).isLessThanOrEqualTo(bytes.length);
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
    return Arrays.copyOf(out, out.length);
  }
}
