package dev.vmdp.io.passthrumap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Round trip and edit properties of passthru.map documents over arbitrary bytes and map-like text. */
class PassthruMapDocumentPropertiesTest {

  @Test
  void anyBytesRoundTripWithoutException() {
    qt().withFixedSeed(42).withExamples(500).forAll(bytes()).checkAssert(bytes -> {
      PassthruMapDocument d = PassthruMapDocument.parse(bytes, "fuzz.map");
      assertThat(d.toBytes()).isEqualTo(bytes);
      assertThat(d.toModel().entries().size() + d.lines().stream()
          .filter(l -> !(l instanceof PassthruMapLine.Entry)).count()).isEqualTo(d.lineCount());
    });
  }

  @Test
  void mapLikeTextRoundTripsAndEveryDiagnosticHasAPosition() {
    qt().withFixedSeed(42).withExamples(500).forAll(mapText()).checkAssert(text -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      PassthruMapDocument d = PassthruMapDocument.parse(bytes, "fuzz.map");
      assertThat(d.toBytes()).isEqualTo(bytes);
      assertThat(d.diagnostics()).allSatisfy(x -> {
        assertThat(x.ruleId()).isIn("VMDP501", "VMDP502", "VMDP503");
        assertThat(x.location()).hasValueSatisfying(l -> assertThat(l.column()).isPresent());
      });
    });
  }

  @Test
  void replaceChangesOnlyItsLine() {
    qt().withFixedSeed(42).withExamples(300).forAll(mapText(), entries()).checkAssert((text, e) -> {
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
    });
  }

  @Test
  void addInsertsOneEntryAndKeepsEveryOtherLine() {
    qt().withFixedSeed(42).withExamples(300).forAll(mapText(), entries()).checkAssert((text, e) -> {
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
    });
  }

  @Test
  void removeThenReadIsTheOtherLines() {
    qt().withFixedSeed(42).withExamples(300).forAll(mapText()).checkAssert(text -> {
      PassthruMapDocument d = PassthruMapDocument.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz.map");
      for (int n = 1; n <= d.lineCount(); n++) {
        List<String> expected = texts(d);
        expected.remove(n - 1);
        assertThat(texts(d.remove(n))).isEqualTo(expected);
      }
    });
  }

  private static List<String> texts(PassthruMapDocument d) {
    List<String> out = new ArrayList<>();
    d.lines().forEach(l -> out.add(l.text()));
    return out;
  }

  /** Up to 300 bytes, each an arbitrary byte or (equally likely) one of the bytes the parser cares about. */
  private static Gen<byte[]> bytes() {
    Gen<Byte> interesting = Generate.pick(List.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '\t', (byte) '#',
        (byte) 'f', (byte) '0', (byte) 0xe2, (byte) 0xff));
    Gen<Byte> any = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
    return Generate.byteArrays(Generate.range(0, 300), Generate.oneOf(any, interesting)).describedAs(Arrays::toString);
  }

  /** Up to 12 terminated lines (entries, comments, blanks, entries with a trailing comment), the last terminator maybe cut. */
  static Gen<String> mapText() {
    Gen<String> id = Generate.pick(List.of("8086", "10c6", "ffff", "FFFF", "xxxx", "0x10", "1", "12345", ""));
    Gen<String> method = Generate.pick(List.of("flr", "d3d0", "link", "bridge", "default", "FLR", "reset", ""));
    Gen<String> share = Generate.pick(List.of("true", "false", "default", "fasle", "", "yes"));
    Gen<String> blank = Generate.pick(List.of(" ", "  ", "\t", " \t ", ""));
    List<Gen<String>> entryParts = List.of(blank, id, blank, id, blank, method, blank, share, blank);
    Gen<String> entry = in -> {
      List<String> parts = new ArrayList<>();
      entryParts.forEach(g -> parts.add(g.generate(in)));
      return parts.get(0) + parts.get(1) + " " + parts.get(2) + parts.get(3) + " "
          + parts.get(4) + parts.get(5) + " " + parts.get(6) + parts.get(7) + parts.get(8);
    };
    Gen<String> comment = Generate.pick(List.of("# c", "  # indented", "#", "# multi\u2010function"));
    Gen<String> line = Generate.frequency(
        Pair.of(6, entry),
        Pair.of(2, comment),
        Pair.of(1, blank),
        Pair.of(1, entry.zip(comment, (a, b) -> a + b)));
    Gen<String> term = Generate.pick(List.of("\n", "\r\n", "\r"));
    return SourceDSL.lists().of(line.zip(term, (l, t) -> l + t)).ofSizeBetween(0, 12)
        .zip(Generate.booleans(), (ls, cut) -> {
          String s = String.join("", ls);
          return cut ? s.replaceAll("(\r\n|\r|\n)$", "") : s;
        })
        .describedAs(PassthruMapDocumentPropertiesTest::escaped);
  }

  static Gen<PassthruMapEntry> entries() {
    return Generate.pick(List.of(0x8086, 0x10de, 0xffff, 0x1)).zip(
            Generate.pick(List.of(0x10c6, 0xffff, 0x0)),
            Generate.enumValues(ResetMethod.class), Generate.enumValues(FptShareable.class),
            (v, dev, m, s) -> PassthruMapEntry.builder().vendor(v).device(dev).resetMethod(m).fptShareable(s).build())
        .describedAs(PassthruMapEntry::toLine);
  }

  private static String escaped(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + '"';
  }
}
