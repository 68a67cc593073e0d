package dev.vmdp.io.passthrumap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassthruMapDocumentTest {

  /** A site map: a header, the guide's 82598, a typo, a placeholder, a duplicate, an indented line. */
  static final String SITE_MAP = """
      # site overrides for esx01
      #   vendor device resetMethod fptShareable

      8086 10c6 d3d0 default
      14e4 164f default fasle
      8086 xxxx d3d0 false
      10de ffff bridge false   # every NVIDIA function
        1b21 1166 d3d0 false
      8086 10c6 flr default
      """;

  private static PassthruMapDocument doc(String text) {
    return PassthruMapDocument.parse(text.getBytes(UTF_8), "site.map");
  }

  @Test
  void classifiesEveryLineWithOneBasedNumbers() {
    List<PassthruMapLine> lines = doc(SITE_MAP).lines();
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isInstanceOf(PassthruMapLine.Comment.class);
    assertThat(lines.get(2)).isInstanceOf(PassthruMapLine.Blank.class);
    assertThat(lines.get(3)).isInstanceOf(PassthruMapLine.Entry.class);
    assertThat(lines.get(4)).isInstanceOf(PassthruMapLine.Invalid.class);
    assertThat(lines.get(5)).isInstanceOf(PassthruMapLine.Invalid.class);
    assertThat(lines.get(6)).isInstanceOf(PassthruMapLine.Entry.class);
    assertThat(lines.get(7)).isInstanceOf(PassthruMapLine.Entry.class);
    assertThat(lines).extracting(PassthruMapLine::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(lines.get(6).text()).isEqualTo("10de ffff bridge false   # every NVIDIA function");
    assertThat(lines.get(6).terminator()).isEqualTo("\n");
  }

  @Test
  void readsEntriesWithSourceLinesAndWildcards() {
    PassthruMap map = doc(SITE_MAP).toModel();
    assertThat(map.entries()).extracting(PassthruMapEntry::toLine).containsExactly(
        "8086 10c6 d3d0 default", "10de ffff bridge false", "1b21 1166 d3d0 false", "8086 10c6 flr default");
    assertThat(map.entries().get(1).source()).contains(SourceRef.of("site.map", 7));
    assertThat(map.entries().get(1).device()).isEqualTo(PassthruMapEntry.ANY);
    assertThat(map.lookup(PciId.of(0x10de, 0x1eb8)).flatMap(PassthruMapEntry::source))
        .contains(SourceRef.of("site.map", 7));
  }

  @Test
  void reportsTypoInFptShareableAtItsColumn() {
    Diagnostic d = doc(SITE_MAP).diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo("VMDP503");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.location()).contains(SourceRef.of("site.map", 5, 19));
    assertThat(d.message()).contains("'fasle'");
  }

  @Test
  void reportsPlaceholderDeviceIdAsMalformed() {
    Diagnostic d = doc(SITE_MAP).diagnostics().get(1);
    assertThat(d.ruleId()).isEqualTo("VMDP501");
    assertThat(d.location()).contains(SourceRef.of("site.map", 6, 6));
    assertThat(d.message()).contains("'xxxx'");
    assertThat(doc(SITE_MAP).diagnostics()).hasSize(2);
  }

  @Test
  void reportsUnknownResetMethod() {
    PassthruMapDocument d = doc("8086 10c6 d3hot default\n");
    assertThat(d.diagnostics()).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP502");
      assertThat(x.location()).contains(SourceRef.of("site.map", 1, 11));
      assertThat(x.message()).contains("'d3hot'");
    });
  }

  @Test
  void reportsEveryBadFieldOfOneLine() {
    PassthruMapDocument d = doc("zz 10c6 warm maybe\n");
    assertThat(d.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("VMDP501", "VMDP502", "VMDP503");
    assertThat(d.line(1)).isInstanceOfSatisfying(PassthruMapLine.Invalid.class,
        l -> assertThat(l.diagnostics()).hasSize(3));
  }

  @Test
  void reportsWrongFieldCountAtTheExtraFieldOrAfterTheLastOne() {
    PassthruMapDocument five = doc("8086 10c6 d3d0 default extra\n");
    assertThat(five.diagnostics()).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP501");
      assertThat(x.location()).contains(SourceRef.of("site.map", 1, 24));
      assertThat(x.message()).contains("found 5");
    });
    PassthruMapDocument three = doc("8086 10c6 d3d0\n");
    assertThat(three.diagnostics()).singleElement()
        .satisfies(x -> assertThat(x.location()).contains(SourceRef.of("site.map", 1, 15)));
  }

  @Test
  void rejectsIdsLongerThanFourHexDigits() {
    assertThat(doc("18086 10c6 d3d0 default\n").diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly("VMDP501");
  }

  @Test
  void acceptsUpperCaseIdsTabsAndTrailingCommentsKeepingTheSpelling() {
    String text = "\t8086\t\t10C6  D3D0 Default#82598\n";
    PassthruMapDocument d = doc(text);
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.toModel().entries()).singleElement()
        .satisfies(e -> assertThat(e.toLine()).isEqualTo("8086 10c6 d3d0 default"));
    assertThat(new String(d.toBytes(), UTF_8)).isEqualTo(text);
  }

  @Test
  void keepsCrlfPerLineAndMissingFinalNewline() {
    String text = "# mixed\r\n8086 10c6 d3d0 default\n1077 2532 default false\r1000 0058 d3d0 default";
    PassthruMapDocument d = doc(text);
    assertThat(d.lines()).extracting(PassthruMapLine::terminator).containsExactly("\r\n", "\n", "\r", "");
    assertThat(d.toModel().entries()).hasSize(3);
    assertThat(d.toBytes()).isEqualTo(text.getBytes(UTF_8));
  }

  @Test
  void keepsNonAsciiAndUndecodableBytesByteForByte() {
    byte[] bytes = {'#', ' ', 'm', 'u', 'l', 't', 'i', (byte) 0xe2, (byte) 0x80, (byte) 0x90, 'f', ' ', (byte) 0xff,
        '\n', '8', '0', '8', '6', ' ', '1', '5', '0', '2', ' ', 'd', '3', 'd', '0', ' ', 'd', 'e', 'f', 'a', 'u',
        'l', 't', '\n'};
    PassthruMapDocument d = PassthruMapDocument.parse(bytes, "odd.map");
    assertThat(d.toBytes()).isEqualTo(bytes);
    assertThat(d.line(1).text()).isEqualTo("# multi\u2010f \ufffd");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void readsAnEmptyFileAsNoLines() {
    PassthruMapDocument d = PassthruMapDocument.parse(new byte[0], "empty.map");
    assertThat(d.lines()).isEmpty();
    assertThat(d.toBytes()).isEmpty();
    assertThat(d.toModel()).isEqualTo(PassthruMap.builder().file("empty.map").build());
    assertThat(d.toModel().entries()).isEmpty();
  }

  @Test
  void groupsLinesThatNameTheSameIds() {
    List<List<PassthruMapEntry>> groups = doc(SITE_MAP).toModel().entriesWithSameIds();
    assertThat(groups).singleElement().satisfies(g -> assertThat(g)
        .extracting(e -> e.source().orElseThrow().line()).containsExactly(4, 9));
  }

  @Test
  void lastLineWinsAmongEquallySpecificLines() {
    PassthruMap map = doc(SITE_MAP).toModel();
    assertThat(map.lookup(PciId.of(0x8086, 0x10c6))).hasValueSatisfying(e -> {
      assertThat(e.resetMethod()).isEqualTo(ResetMethod.FLR);
      assertThat(e.fptShareable()).isEqualTo(FptShareable.DEFAULT);
    });
  }

  @Test
  void refusesALineAboveOneMebibyteWithItsPosition() {
    byte[] bytes = new byte[dev.vmdp.io.InputLimits.DEFAULT_MAX_LINE_BYTES + 10];
    java.util.Arrays.fill(bytes, (byte) '#');
    bytes[0] = '\n';
    assertThatThrownBy(() -> PassthruMapDocument.parse(bytes, "big.map"))
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("big.map:2: line is ")
        .hasNoCause();
  }

  @Test
  void refusesAFileAboveSixteenMebibytes() {
    byte[] bytes = new byte[(int) dev.vmdp.io.InputLimits.DEFAULT_MAX_FILE_BYTES + 1];
    assertThatThrownBy(() -> PassthruMapDocument.parse(bytes, "huge.map"))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("huge.map: file is 16777217 bytes");
  }

  @Test
  void readsFromAPathAndNamesAMissingFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("passthru.map");
    Files.writeString(file, "8086 10c6 d3d0 default\n");
    assertThat(PassthruMapDocument.read(file).toModel().entries()).hasSize(1);
    assertThat(PassthruMapDocument.read(file).fileName()).isEqualTo(file.toString());
    Path missing = dir.resolve("nope.map");
    assertThatThrownBy(() -> PassthruMapDocument.read(missing))
        .isInstanceOf(VmdpException.class)
        .hasMessage(missing + ":1:1: cannot read file: no such file");
  }

  @Test
  void entryLinesListsOnlyEntries() {
    assertThat(doc(SITE_MAP).entryLines()).extracting(PassthruMapLine.Entry::number).containsExactly(4, 7, 8, 9);
  }

  @Test
  void refusesAMissingLineNumber() {
    assertThatThrownBy(() -> doc(SITE_MAP).line(10))
        .isInstanceOf(VmdpException.class).hasMessageContaining("no line 10");
  }

  @Test
  void strictModeThrowsTheFirstErrorWithItsPositionAndLine() {
    assertThatThrownBy(() -> doc(SITE_MAP).strict())
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("site.map:5:19: VMDP503 unknown fptShareable value 'fasle'")
        .satisfies(e -> assertThat(((VmdpException) e).sourceLine()).contains("14e4 164f default fasle"));
    PassthruMapDocument clean = doc("8086 10c6 d3d0 default\n");
    assertThat(clean.strict()).isSameAs(clean);
  }
}
