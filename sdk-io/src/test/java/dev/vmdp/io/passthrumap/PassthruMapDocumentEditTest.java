package dev.vmdp.io.passthrumap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciId;
import org.junit.jupiter.api.Test;

class PassthruMapDocumentEditTest {

  static final String ALIGNED = """
      # shipped
      8086  10c6  d3d0     default
      # Broadcom
      14e4  1662  link     false
      # trailer
      """;

  static final PassthruMapEntry INTEL_82599 = entry(0x8086, 0x10fb, ResetMethod.D3D0, FptShareable.DEFAULT);

  static PassthruMapEntry entry(int vendor, int device, ResetMethod m, FptShareable s) {
    return PassthruMapEntry.builder().vendor(vendor).device(device).resetMethod(m).fptShareable(s).build();
  }

  private static PassthruMapDocument doc(String text) {
    return PassthruMapDocument.parse(text.getBytes(UTF_8), "edit.map");
  }

  private static String text(PassthruMapDocument d) {
    return new String(d.toBytes(), UTF_8);
  }

  @Test
  void addsAfterTheLastEntryInTheFilesColumns() {
    PassthruMapDocument d = doc(ALIGNED).add(INTEL_82599);
    assertThat(text(d)).isEqualTo("""
        # shipped
        8086  10c6  d3d0     default
        # Broadcom
        14e4  1662  link     false
        8086  10fb  d3d0     default
        # trailer
        """);
    assertThat(d.line(5)).isInstanceOfSatisfying(PassthruMapLine.Entry.class,
        e -> assertThat(e.entry().source().orElseThrow().line()).isEqualTo(5));
  }

  @Test
  void addsWithSingleSpacesWhenColumnsAreIrregular() {
    PassthruMapDocument d = doc("8086 10c6 d3d0 default\n14e4\t1662 link false\n").add(INTEL_82599);
    assertThat(text(d)).endsWith("14e4\t1662 link false\n8086 10fb d3d0 default\n");
  }

  @Test
  void addsWithTheFilesLineTerminator() {
    PassthruMapDocument d = doc("# crlf\r\n8086 10c6 d3d0 default\r\n").add(INTEL_82599);
    assertThat(text(d)).isEqualTo("# crlf\r\n8086 10c6 d3d0 default\r\n8086 10fb d3d0 default\r\n");
  }

  @Test
  void addAfterALastLineWithoutNewlineKeepsTheFileWithoutOne() {
    PassthruMapDocument d = doc("8086 10c6 d3d0 default").add(INTEL_82599);
    assertThat(text(d)).isEqualTo("8086 10c6 d3d0 default\n8086 10fb d3d0 default");
  }

  @Test
  void addsToAFileWithoutEntriesAtTheEnd() {
    assertThat(text(doc("# empty\n").add(INTEL_82599))).isEqualTo("# empty\n8086 10fb d3d0 default\n");
  }

  @Test
  void addsAfterAGivenLineOrAtTheTop() {
    assertThat(text(doc(ALIGNED).add(INTEL_82599, 0))).startsWith("8086  10fb  d3d0     default\n# shipped\n");
    assertThat(text(doc(ALIGNED).add(INTEL_82599, 2))).contains("10c6  d3d0     default\n8086  10fb");
    assertThatThrownBy(() -> doc(ALIGNED).add(INTEL_82599, 6)).isInstanceOf(VmdpException.class);
  }

  @Test
  void replaceChangesOnlyItsLineKeepingCommentAndSpacing() {
    String before = "# x\n  8086\t10c6  d3d0 default   # 82598\n1077 2532 default false\n";
    PassthruMapDocument d = doc(before)
        .replace(2, entry(0x8086, 0x10c6, ResetMethod.FLR, FptShareable.FALSE));
    assertThat(text(d)).isEqualTo("# x\n  8086\t10c6  flr false   # 82598\n1077 2532 default false\n");
  }

  @Test
  void replaceKeepsTheFilesColumnsOnAnAlignedLine() {
    PassthruMapDocument d = doc(ALIGNED).replace(4, entry(0x14e4, 0x1662, ResetMethod.BRIDGE, FptShareable.FALSE));
    assertThat(text(d)).contains("\n14e4  1662  bridge   false\n");
  }

  @Test
  void replaceFixesATypoLine() {
    PassthruMapDocument d = doc("14e4 164f default fasle\r\n")
        .replace(1, entry(0x14e4, 0x164f, ResetMethod.DEFAULT, FptShareable.FALSE));
    assertThat(text(d)).isEqualTo("14e4 164f default false\r\n");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void replaceOfALineWithTooFewFieldsKeepsIndentationAndComment() {
    PassthruMapDocument d = doc("  8086 10c6 # half\n").replace(1, INTEL_82599);
    assertThat(text(d)).isEqualTo("  8086 10fb d3d0 default # half\n");
  }

  @Test
  void replaceRefusesACommentLine() {
    assertThatThrownBy(() -> doc(ALIGNED).replace(1, INTEL_82599))
        .isInstanceOf(VmdpException.class)
        .hasMessage("edit.map:1: line 1 is a comment line, not an entry: nothing to replace");
  }

  @Test
  void removeDropsOnlyThatLine() {
    PassthruMapDocument d = doc(ALIGNED).remove(2);
    assertThat(text(d)).isEqualTo("# shipped\n# Broadcom\n14e4  1662  link     false\n# trailer\n");
    assertThat(d.entryLines()).singleElement().satisfies(e -> assertThat(e.number()).isEqualTo(3));
  }

  @Test
  void removeEntriesMatchesTheFieldsExactly() {
    String text = "10de ffff bridge false\n10de 1eb8 flr default\n10de ffff bridge true\n";
    PassthruMapDocument d = doc(text).removeEntries(PciId.of(0x10de, 0xffff));
    assertThat(text(d)).isEqualTo("10de 1eb8 flr default\n");
    PassthruMapDocument same = doc(text);
    assertThat(same.removeEntries(PciId.of(0x8086, 0x10c6))).isSameAs(same);
  }

  @Test
  void editsLeaveTheOriginalDocumentUnchanged() {
    PassthruMapDocument original = doc(ALIGNED);
    original.add(INTEL_82599).remove(1).replace(1, INTEL_82599);
    assertThat(text(original)).isEqualTo(ALIGNED);
    assertThat(original.lineCount()).isEqualTo(5);
  }
}
