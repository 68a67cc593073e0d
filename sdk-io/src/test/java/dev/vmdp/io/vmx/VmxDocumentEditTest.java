package dev.vmdp.io.vmx;

import static dev.vmdp.io.vmx.VmxTestSupport.doc;
import static dev.vmdp.io.vmx.VmxTestSupport.guide;
import static dev.vmdp.io.vmx.VmxTestSupport.guideBytes;
import static dev.vmdp.io.vmx.VmxTestSupport.text;
import static dev.vmdp.io.vmx.VmxTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VmxDocumentEditTest {

  @Test
  void setRewritesOnlyTheValueKeepingSpellingSpacingCommentAndTerminator() {
    VmxDocument doc = doc("a = \"1\"\r\nMemSize\t=\t\"512\"   # reserved\r\nb = \"2\"\r\n");
    VmxDocument edited = doc.set("memsize", "1024");
    assertThat(text(edited)).isEqualTo("a = \"1\"\r\nMemSize\t=\t\"1024\"   # reserved\r\nb = \"2\"\r\n");
    assertThat(edited.get("MEMSIZE")).contains("1024");
  }

  @Test
  void setQuotesAnUnquotedValueAndAddsASpaceAfterATightEquals() {
    assertThat(text(doc("memsize = 512\n").set("memsize", "1024"))).isEqualTo("memsize = \"1024\"\n");
    assertThat(text(doc("empty =\n").set("empty", "x"))).isEqualTo("empty = \"x\"\n");
    assertThat(text(doc("tight=\"1\"\n").set("tight", "2"))).isEqualTo("tight=\"2\"\n");
  }

  @Test
  void setLeavesALineThatAlreadyHoldsTheValueUntouched() {
    VmxDocument doc = doc("annotation = \"|7ctext|7c\"\n");
    assertThat(doc.set("annotation", "|text|")).isSameAs(doc);
  }

  @Test
  void setUpdatesEveryOccurrenceOfADuplicatedKeyAndNeverAddsALine() {
    VmxDocument doc = doc("memsize = \"512\"\nx = \"1\"\nMEMSIZE = \"256\"\n");
    VmxDocument edited = doc.set("memSize", "2048");
    assertThat(text(edited)).isEqualTo("memsize = \"2048\"\nx = \"1\"\nMEMSIZE = \"2048\"\n");
    assertThat(edited.withDuplicatePolicy(DuplicatePolicy.LAST).get("memsize")).contains("2048");
  }

  @Test
  void newPassthroughKeysGoAfterTheirSiblings() {
    VmxDocument doc = doc("""
        pciPassthru0.present = "TRUE"
        pciPassthru0.id = "03:00.0"
        ethernet0.present = "TRUE"
        memsize = "512"
        """);
    VmxDocument edited = doc.set("pciPassthru1.present", "TRUE").set("pciPassthru1.id", "02:00.0")
        .set("pciPassthru0.msiEnabled", "FALSE").set("ethernet1.present", "TRUE")
        .set("sched.mem.min", "512");
    assertThat(text(edited)).isEqualTo("""
        pciPassthru0.present = "TRUE"
        pciPassthru0.id = "03:00.0"
        pciPassthru0.msiEnabled = "FALSE"
        pciPassthru1.present = "TRUE"
        pciPassthru1.id = "02:00.0"
        ethernet0.present = "TRUE"
        ethernet1.present = "TRUE"
        memsize = "512"
        sched.mem.min = "512"
        """);
  }

  @Test
  void newKeysInTheGuideSampleLandNextToTheirGroup() {
    VmxDocument edited = guide().set("pciPassthru2.present", "TRUE").set("sched.mem.min", "512");
    List<String> keys = edited.keys();
    assertThat(keys.indexOf("pciPassthru2.present")).isEqualTo(keys.indexOf("pciPassthru1.pciSlotNumber") + 1);
    assertThat(keys.indexOf("sched.mem.min")).isEqualTo(keys.indexOf("sched.swap.derivedName") + 1);
  }

  @Test
  void newKeysUseTheDominantTerminatorAndTerminateTheLastLineFirst() {
    assertThat(text(doc("a = \"1\"\r\nb = \"2\"\r\nc = \"3\"\n").set("z", "9")))
        .isEqualTo("a = \"1\"\r\nb = \"2\"\r\nc = \"3\"\nz = \"9\"\r\n");
    assertThat(text(doc("a = \"1\"\r\nb = \"2\"").set("z", "9")))
        .isEqualTo("a = \"1\"\r\nb = \"2\"\r\nz = \"9\"\r\n");
    assertThat(text(doc("").set("z", "9"))).isEqualTo("z = \"9\"\n");
    assertThat(text(doc("# only a comment").set("z", "9"))).isEqualTo("# only a comment\nz = \"9\"\n");
  }

  @Test
  void valuesAreEscapedSoTheyCannotInjectALine() {
    VmxDocument edited = doc("a = \"1\"\n").set("annotation", "line1\nfake = \"x\"\r|pipe\u007f\ttab");
    assertThat(text(edited)).isEqualTo("a = \"1\"\nannotation = \"line1|0Afake = |22x|22|0D|7Cpipe|7F\ttab\"\n");
    assertThat(edited.lineCount()).isEqualTo(2);
    assertThat(edited.get("annotation")).contains("line1\nfake = \"x\"\r|pipe\u007f\ttab");
    assertThat(edited.contains("fake")).isFalse();
  }

  @Test
  void refusesInvalidKeysNamingTheKeyAndTheCharacter() {
    VmxDocument doc = doc("");
    for (String bad : new String[] {"", "a b", "a\tb", "a#b", "a=b", "a\"b", "a\rb", "a\nb", "a\0b"}) {
      assertThatThrownBy(() -> doc.set(bad, "v")).isInstanceOf(VmdpException.class)
          .hasMessageContaining("invalid key");
    }
    assertThatThrownBy(() -> doc.set("my key", "v")).hasMessageContaining("'my key'").hasMessageContaining("a space");
  }

  @Test
  void refusesAValueTheEncodingCannotHoldNamingKeyAndCharacter() {
    byte[] bytes = ".encoding = \"windows-1252\"\n".getBytes(Charset.forName("windows-1252"));
    VmxDocument doc = VmxDocument.parse(bytes, "w.vmx");
    assertThatThrownBy(() -> doc.set("displayName", "\u4eee\u60f3"))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("displayName")
        .hasMessageContaining("U+4EEE")
        .hasMessageContaining("windows-1252");
    assertThat(doc.set("displayName", "Caf\u00e9").toBytes())
        .endsWith("displayName = \"Caf\u00e9\"\n".getBytes(Charset.forName("windows-1252")));
  }

  @Test
  void removeDropsEveryLineOfExactlyThatKey() {
    VmxDocument doc = doc("guestOS = \"rhel3\"\nguestOS.detailed.data = \"x\"\nGUESTOS = \"dup\"\n");
    assertThat(text(doc.remove("guestos"))).isEqualTo("guestOS.detailed.data = \"x\"\n");
    assertThat(doc.remove("absent")).isSameAs(doc);
  }

  @Test
  void editsReturnNewDocumentsAndChangeOnlyTheirLine() {
    VmxDocument doc = guide();
    VmxDocument edited = doc.set("memsize", "1024");
    assertThat(doc.toBytes()).isEqualTo(guideBytes());
    assertThat(doc.get("memsize")).contains("512");
    List<VmxLine> before = doc.lines();
    List<VmxLine> after = edited.lines();
    assertThat(after).hasSameSizeAs(before);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!Arrays.equals(before.get(i).raw(), after.get(i).raw())
          || before.get(i).terminator() != after.get(i).terminator()) {
        changed.add(i + 1);
      }
    }
    assertThat(changed).containsExactly(doc.entry("memsize").orElseThrow().lineNumber());
  }

  @Test
  void setAllAppliesEditsInOrder() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("memsize", "1024");
    values.put("sched.mem.min", "1024");
    values.put("sched.mem.pin", "TRUE");
    VmxDocument edited = doc("memsize = \"512\"\nsched.mem.min = \"0\"\n").setAll(values);
    assertThat(text(edited)).isEqualTo("memsize = \"1024\"\nsched.mem.min = \"1024\"\nsched.mem.pin = \"TRUE\"\n");
  }

  @Test
  void editingAnUnknownLineLeavesItAsItWas() {
    String text = "TOTALLY FREE TEXT\nk = \"1\"\n";
    assertThat(text(doc(text).set("k", "2"))).isEqualTo("TOTALLY FREE TEXT\nk = \"2\"\n");
    assertThat(doc(text).set("k", "2").toBytes()).startsWith(utf8("TOTALLY FREE TEXT\n"));
  }

  @Test
  void removingALineBetweenABareCrAndALfReadsTheJoinedBytesAgain() {
    VmxDocument doc = doc("a = \"1\"\rb = \"2\"\n\nc = \"3\"\n");
    assertThat(doc.lineCount()).isEqualTo(4);
    VmxDocument removed = doc.remove("b");
    assertThat(text(removed)).isEqualTo("a = \"1\"\r\nc = \"3\"\n");
    // "a" now ends in CRLF: the blank line it was followed by is gone, as a new read sees it.
    assertThat(removed.lineCount()).isEqualTo(2);
    assertThat(removed.lines().get(0).terminator()).isEqualTo(dev.vmdp.io.LineTerminator.CRLF);
    assertThat(removed.get("c")).contains("3");
  }

  @Test
  void editedLinesKeepTheirPlacesAndOtherLinesTheirColumns() {
    // The last line gets the file's dominant terminator (LF) when a line is added after it.
    VmxDocument doc = doc("# head\n  memsize = \"512\"   # MB\nguestOS = \"rhel3\"\r\nlast = 1");
    VmxDocument edited = doc.set("memsize", "1024").set("last", "2").set("new.key", "v");
    assertThat(text(edited)).isEqualTo(
        "# head\n  memsize = \"1024\"   # MB\nguestOS = \"rhel3\"\r\nlast = \"2\"\nnew.key = \"v\"\n");
    assertThat(edited.entry("guestOS").orElseThrow().lineNumber()).isEqualTo(3);
    assertThat(edited.entry("memsize").orElseThrow().trailingComment()).contains("# MB");
    assertThat(edited.diagnostics()).isEqualTo(VmxDocument.parse(edited.toBytes(), "test.vmx").diagnostics());
  }
}
