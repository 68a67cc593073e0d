package dev.vmdp.io.passthrumap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PassthruMapDocumentPropertiesTest {

  @Property(tries = 500, seed = "42")
  void anyBytesRoundTripWithoutException(@ForAll("bytes") byte[] bytes) {
    PassthruMapDocument d = PassthruMapDocument.parse(bytes, "fuzz.map");
    assertThat(d.toBytes()).isEqualTo(bytes);
    assertThat(d.toModel().entries().size() + d.lines().stream()
        .filter(l -> !(l instanceof PassthruMapLine.Entry)).count()).isEqualTo(d.lineCount());
  }

  @Property(tries = 500, seed = "42")
  void mapLikeTextRoundTripsAndEveryDiagnosticHasAPosition(@ForAll("mapText") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    PassthruMapDocument d = PassthruMapDocument.parse(bytes, "fuzz.map");
    assertThat(d.toBytes()).isEqualTo(bytes);
    assertThat(d.diagnostics()).allSatisfy(x -> {
      assertThat(x.ruleId()).isIn("VMDP501", "VMDP502", "VMDP503");
      assertThat(x.location()).hasValueSatisfying(l -> assertThat(l.column()).isPresent());
    });
  }

  @Property(tries = 300, seed = "42")
  void replaceChangesOnlyItsLine(@ForAll("mapText") String text, @ForAll("entries") PassthruMapEntry e) {
    PassthruMapDocument d = PassthruMapDocument.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz.map");
    for (PassthruMapLine line : d.lines()) {
      if (line instanceof PassthruMapLine.Comment || line instanceof PassthruMapLine.Blank) {
        continue;
      }
      PassthruMapDocument edited = d.replace(line.number(), e);
      assertThat(edited.lineCount()).isEqualTo(d.lineCount());
      for (int n = 1; n <= d.lineCount(); n++) {
        if (n != line.number()) {
          assertThat(edited.line(n)).isEqualTo(d.line(n));
        }
      }
      assertThat(edited.line(line.number())).isInstanceOfSatisfying(PassthruMapLine.Entry.class,
          x -> assertThat(x.entry().toLine()).isEqualTo(e.toLine()));
      assertThat(edited.line(line.number()).terminator()).isEqualTo(line.terminator());
    }
  }

  @Property(tries = 300, seed = "42")
  void addInsertsOneEntryAndKeepsEveryOtherLine(@ForAll("mapText") String text, @ForAll("entries") PassthruMapEntry e) {
    PassthruMapDocument d = PassthruMapDocument.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz.map");
    PassthruMapDocument added = d.add(e);
    assertThat(added.lineCount()).isEqualTo(d.lineCount() + 1);
    assertThat(added.toModel().entries()).hasSize(d.toModel().entries().size() + 1);
    int at = 0;
    for (PassthruMapLine l : d.lines()) {
      if (l instanceof PassthruMapLine.Entry) {
        at = l.number();
      }
    }
    int inserted = (at == 0 ? d.lineCount() : at) + 1;
    assertThat(added.line(inserted)).isInstanceOfSatisfying(PassthruMapLine.Entry.class,
        x -> assertThat(x.entry().toLine()).isEqualTo(e.toLine()));
    List<String> after = texts(added);
    after.remove(inserted - 1);
    assertThat(after).isEqualTo(texts(d));
    for (int n = 1; n < inserted - 1; n++) {
      assertThat(added.line(n)).isEqualTo(d.line(n));
    }
    for (int n = inserted; n <= d.lineCount(); n++) {
      assertThat(added.line(n + 1).text()).isEqualTo(d.line(n).text());
      assertThat(added.line(n + 1).terminator()).isEqualTo(d.line(n).terminator());
    }
    boolean endsWithoutNewline = d.lineCount() > 0 && d.line(d.lineCount()).terminator().isEmpty();
    assertThat(added.line(added.lineCount()).terminator().isEmpty()).isEqualTo(endsWithoutNewline);
  }

  @Property(tries = 300, seed = "42")
  void removeThenReadIsTheOtherLines(@ForAll("mapText") String text) {
    PassthruMapDocument d = PassthruMapDocument.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz.map");
    for (int n = 1; n <= d.lineCount(); n++) {
      List<String> expected = texts(d);
      expected.remove(n - 1);
      assertThat(texts(d.remove(n))).isEqualTo(expected);
    }
  }

  private static List<String> texts(PassthruMapDocument d) {
    List<String> out = new ArrayList<>();
    d.lines().forEach(l -> out.add(l.text()));
    return out;
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> interesting = Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '\t', (byte) '#',
        (byte) 'f', (byte) '0', (byte) 0xe2, (byte) 0xff);
    return Arbitraries.oneOf(Arbitraries.bytes(), interesting).array(byte[].class).ofMaxSize(300);
  }

  @Provide
  Arbitrary<String> mapText() {
    Arbitrary<String> id = Arbitraries.of("8086", "10c6", "ffff", "FFFF", "xxxx", "0x10", "1", "12345", "");
    Arbitrary<String> method = Arbitraries.of("flr", "d3d0", "link", "bridge", "default", "FLR", "reset", "");
    Arbitrary<String> share = Arbitraries.of("true", "false", "default", "fasle", "", "yes");
    Arbitrary<String> blank = Arbitraries.of(" ", "  ", "\t", " \t ", "");
    Arbitrary<String> entry = Combinators.combine(
            List.of(blank, id, blank, id, blank, method, blank, share, blank))
        .as(parts -> String.join(" ", parts.subList(0, 1)) + parts.get(1) + " " + parts.get(2) + parts.get(3) + " "
            + parts.get(4) + parts.get(5) + " " + parts.get(6) + parts.get(7) + parts.get(8));
    Arbitrary<String> comment = Arbitraries.of("# c", "  # indented", "#", "# multi\u2010function");
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, entry),
        net.jqwik.api.Tuple.of(2, comment),
        net.jqwik.api.Tuple.of(1, blank),
        net.jqwik.api.Tuple.of(1, Combinators.combine(entry, comment).as((a, b) -> a + b)));
    Arbitrary<String> term = Arbitraries.of("\n", "\r\n", "\r");
    return Combinators.combine(line, term).as((l, t) -> l + t).list().ofMaxSize(12)
        .flatMap(ls -> Arbitraries.of(true, false).map(cut -> {
          String s = String.join("", ls);
          return cut ? s.replaceAll("(\r\n|\r|\n)$", "") : s;
        }));
  }

  @Provide
  Arbitrary<PassthruMapEntry> entries() {
    return Combinators.combine(
            Arbitraries.of(0x8086, 0x10de, 0xffff, 0x1), Arbitraries.of(0x10c6, 0xffff, 0x0),
            Arbitraries.of(ResetMethod.class), Arbitraries.of(FptShareable.class))
        .as((v, dev, m, s) -> PassthruMapEntry.builder().vendor(v).device(dev).resetMethod(m).fptShareable(s).build());
  }
}
