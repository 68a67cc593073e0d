package dev.vmdp.io.vmx;

import static dev.vmdp.io.vmx.VmxTestSupport.doc;
import static dev.vmdp.io.vmx.VmxTestSupport.guide;
import static dev.vmdp.io.vmx.VmxTestSupport.guideBytes;
import static dev.vmdp.io.vmx.VmxTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmxDocumentReadTest {

  @Test
  void readsTheGuideSampleWithoutDiagnostics() {
    VmxDocument doc = guide();
    assertThat(doc.toBytes()).isEqualTo(guideBytes());
    assertThat(doc.get("displayName")).contains("RHEL3");
    assertThat(doc.get("memsize")).contains("512");
    assertThat(doc.get("sched.mem.minsize")).contains("512");
    assertThat(doc.get("virtualHW.version")).contains("7");
    assertThat(doc.get("pciPassthru0.id")).contains("03:00.0");
    assertThat(doc.get("pciPassthru1.pciSlotNumber")).contains("192");
    assertThat(doc.keysWithPrefix("pciPassthru0.")).containsExactly(
        "pciPassthru0.present", "pciPassthru0.deviceId", "pciPassthru0.vendorId",
        "pciPassthru0.systemId", "pciPassthru0.id", "pciPassthru0.pciSlotNumber");
    assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.lineCount()).isEqualTo(66);
  }

  @Test
  void acceptsEveryLineShapeOfVmwaresReader() {
    VmxDocument doc = doc("""
        plain = unquoted
          indented\t=\t"tabbed"
        scsi0:0.fileName = "disk one.vmdk"
        usb_xhci:4.present = "TRUE"
        hashes = "a # b = c"
        empty =
        emptyWithComment = # nothing here
        commented = "v" # why
        unquotedComment = v# tight
        quoteInside = a"b
        """);
    assertThat(doc.get("plain")).contains("unquoted");
    assertThat(doc.get("indented")).contains("tabbed");
    assertThat(doc.get("scsi0:0.fileName")).contains("disk one.vmdk");
    assertThat(doc.get("usb_xhci:4.present")).contains("TRUE");
    assertThat(doc.get("hashes")).contains("a # b = c");
    assertThat(doc.get("empty")).contains("");
    assertThat(doc.get("emptyWithComment")).contains("");
    assertThat(doc.get("commented")).contains("v");
    assertThat(doc.entry("commented").orElseThrow().trailingComment()).contains("# why");
    assertThat(doc.get("unquotedComment")).contains("v");
    assertThat(doc.get("quoteInside")).contains("a\"b");
    assertThat(doc.lines()).allMatch(l -> l instanceof VmxEntry);
  }

  @Test
  void keepsLinesVmwareDoesNotParseAndReportsThem() {
    String text = "a = \"1\"\nTHIS IS NEW INFORMATION.\nopen = \"never closed\n"
        + "after = \"x\" y\n= novalue\nnul = \"a\0b\"\n";
    VmxDocument doc = doc(text);
    assertThat(VmxTestSupport.text(doc)).isEqualTo(text);
    assertThat(doc.lines()).extracting(l -> l.getClass().getSimpleName())
        .containsExactly("VmxEntry", "VmxOther", "VmxOther", "VmxOther", "VmxOther", "VmxOther");
    assertThat(doc.diagnostics()).extracting(Diagnostic::ruleId).containsOnly("VMDP602");
    assertThat(doc.diagnostics()).extracting(d -> d.location().orElseThrow().line())
        .containsExactly(2, 3, 4, 5, 6);
    assertThat(doc.contains("open")).isFalse();
  }

  @Test
  void keepsEachLinesOwnTerminatorAndAMissingFinalNewline() {
    byte[] bytes = utf8("a = \"1\"\r\nb = \"2\"\nc = \"3\"\rd = \"4\"");
    VmxDocument doc = VmxDocument.parse(bytes, "mixed.vmx");
    assertThat(doc.toBytes()).isEqualTo(bytes);
    assertThat(doc.lines()).extracting(VmxLine::terminator).containsExactly(
        LineTerminator.CRLF, LineTerminator.LF, LineTerminator.CR, LineTerminator.NONE);
    assertThat(doc.get("d")).contains("4");
  }

  @Test
  void keepsAByteOrderMarkAndReadsTheShebangAsAComment() {
    byte[] bytes = utf8("\uFEFF#!/usr/bin/vmware\ndisplayName = \"x\"\n");
    VmxDocument doc = VmxDocument.parse(bytes, "bom.vmx");
    assertThat(doc.hasByteOrderMark()).isTrue();
    assertThat(doc.toBytes()).isEqualTo(bytes);
    assertThat(doc.lines().get(0)).isInstanceOf(VmxComment.class);
    assertThat(doc.lines().get(0).text()).isEqualTo("#!/usr/bin/vmware");
    assertThat(doc.get("displayName")).contains("x");
    assertThat(doc.set("memsize", "4").toBytes()).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void unescapesValuesLenientlyAndKeepsTheirSpelling() {
    String text = "annotation = \"Some |7Ctext|7C |22q|22 |0a|3d lower\"\nbad = \"|4|41 and |zz and |\"\n";
    VmxDocument doc = doc(text);
    assertThat(doc.get("annotation")).contains("Some |text| \"q\" \n= lower");
    assertThat(doc.get("bad")).contains("|4|41 and |zz and |");
    assertThat(VmxTestSupport.text(doc)).isEqualTo(text);
    List<Diagnostic> d = doc.diagnostics();
    assertThat(d).extracting(Diagnostic::ruleId).containsExactly("VMDP603", "VMDP603", "VMDP603");
    assertThat(d).extracting(x -> x.location().orElseThrow())
        .containsExactly(SourceRef.of("test.vmx", 2, 8), SourceRef.of("test.vmx", 2, 18),
            SourceRef.of("test.vmx", 2, 26));
  }

  @Test
  void keysAreCaseInsensitiveAndKeepTheirSpelling() {
    VmxDocument doc = doc("MEMSIZE = \"1024\"\nvirtualhw.version = \"7\"\n");
    assertThat(doc.get("memsize")).contains("1024");
    assertThat(doc.get("memSize")).contains("1024");
    assertThat(doc.get("virtualHW.version")).contains("7");
    assertThat(doc.keys()).containsExactly("MEMSIZE", "virtualhw.version");
    assertThat(doc.entry("memsize").orElseThrow().key()).isEqualTo("MEMSIZE");
  }

  @Test
  void reportsDuplicatesNamingTheLineUsedAndHonoursThePolicy() {
    VmxDocument doc = doc("memsize = \"512\"\nguestOS = \"rhel3\"\nmemSize = \"1024\"\n");
    assertThat(doc.get("memsize")).contains("512");
    assertThat(doc.entries("MEMSIZE")).extracting(VmxEntry::lineNumber).containsExactly(1, 3);
    assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("VMDP601");
      assertThat(d.location()).contains(SourceRef.of("test.vmx", 3, 1));
      assertThat(d.message()).contains("line 1 is used");
    });
    VmxDocument last = doc.withDuplicatePolicy(DuplicatePolicy.LAST);
    assertThat(last.get("memsize")).contains("1024");
    assertThat(last.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("line 3 is used"));
  }

  @Test
  void aKeyCanBeAValueAndAPrefix() {
    VmxDocument doc = doc("guestOS = \"rhel3\"\nguestOS.detailed.data = \"x\"\n");
    assertThat(doc.get("guestOS")).contains("rhel3");
    assertThat(doc.get("guestOS.detailed.data")).contains("x");
    assertThat(doc.keysWithPrefix("guestos.")).containsExactly("guestOS.detailed.data");
  }

  @Test
  void aMissingKeyAndAnEmptyValueStayDifferent() {
    VmxDocument doc = doc("annotation = \"\"\n");
    assertThat(doc.get("annotation")).contains("");
    assertThat(doc.contains("annotation")).isTrue();
    assertThat(doc.get("displayName")).isEmpty();
    assertThat(doc.contains("displayName")).isFalse();
    assertThat(doc.entry("displayName")).isEmpty();
    assertThat(doc.entries("displayName")).isEmpty();
  }

  @Test
  void reportsUnquotedValuesAtTheValue() {
    VmxDocument doc = doc("a = \"ok\"\nmemsize = 512\n");
    assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("VMDP604");
      assertThat(d.location()).contains(SourceRef.of("test.vmx", 2, 11));
    });
    assertThat(doc.entry("memsize").orElseThrow().quoted()).isFalse();
    assertThat(doc.entry("memsize").orElseThrow().writtenValue()).isEqualTo("512");
  }

  @Test
  void decodesWithTheDeclaredEncodingEvenWhenTheBytesAreValidUtf8() {
    Charset gbk = Charset.forName("GBK");
    // "64 位" in GBK is 0xCE 0xBB, which is also valid UTF-8 (U+03BB).
    byte[] bytes = ("#!/usr/bin/vmware\n.encoding = \"GBK\"\nguestOS.detailed = \"64 \u4f4d\"\n").getBytes(gbk);
    VmxDocument doc = VmxDocument.parse(bytes, "gbk.vmx");
    assertThat(doc.charset()).isEqualTo(gbk);
    assertThat(doc.get("guestOS.detailed")).contains("64 \u4f4d");
    assertThat(doc.toBytes()).isEqualTo(bytes);
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void decodesWindows1252AndShiftJis() {
    Charset w1252 = Charset.forName("windows-1252");
    byte[] a = ".encoding = \"windows-1252\"\ndisplayName = \"Caf\u00e9 \u20ac\"\n".getBytes(w1252);
    assertThat(VmxDocument.parse(a, "a.vmx").get("displayName")).contains("Caf\u00e9 \u20ac");
    Charset sjis = Charset.forName("Shift_JIS");
    byte[] b = ".encoding = \"Shift_JIS\"\ndisplayName = \"\u4eee\u60f3\u30de\u30b7\u30f3\"\n".getBytes(sjis);
    VmxDocument doc = VmxDocument.parse(b, "b.vmx");
    assertThat(doc.get("displayName")).contains("\u4eee\u60f3\u30de\u30b7\u30f3");
    assertThat(doc.toBytes()).isEqualTo(b);
  }

  @Test
  void mapsVmwaresIcuNameForKorean() {
    VmxDocument doc = doc(".encoding = \"windows-949-2000\"\n");
    assertThat(doc.charset().name()).isEqualTo("x-windows-949");
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void keepsUndecodableBytesAndReportsTheFirstOne() {
    byte[] bytes = {'.', 'e', 'n', 'c', 'o', 'd', 'i', 'n', 'g', ' ', '=', ' ', '"', 'U', 'T', 'F', '-', '8', '"', '\n',
        'p', ' ', '=', ' ', '"', 'a', 'b', (byte) 0xE4, (byte) 0xB8, '"', '\n'};
    VmxDocument doc = VmxDocument.parse(bytes, "trunc.vmx");
    assertThat(doc.toBytes()).isEqualTo(bytes);
    assertThat(doc.get("p")).contains("ab\uFFFD");
    assertThat(doc.entry("p").orElseThrow().valueBytes()).containsExactly('a', 'b', 0xE4, 0xB8);
    assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("VMDP605");
      assertThat(d.location()).contains(SourceRef.of("trunc.vmx", 2, 8));
    });
    // Setting the same (decoded) value again leaves the original bytes alone.
    assertThat(doc.set("p", doc.get("p").orElseThrow()).toBytes()).isEqualTo(bytes);
  }

  @Test
  void fallsBackToUtf8ForAnUnknownEncodingAndSaysSo() {
    VmxDocument doc = doc(".encoding = \"klingon-1\"\ndisplayName = \"\u00e9\"\n");
    assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(doc.get("displayName")).contains("\u00e9");
    assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("VMDP605");
      assertThat(d.message()).contains("klingon-1");
    });
  }

  @Test
  void roundTripsEmptyAndBlankInput() {
    for (String s : new String[] {"", "\n", "\r\n", "  \t", "#", "=", "\"", "\r\r\n\n"}) {
      assertThat(doc(s).toBytes()).isEqualTo(utf8(s));
    }
    assertThat(doc("").lines()).isEmpty();
  }

  @Test
  void refusesFilesAndLinesAboveTheLimits() {
    byte[] bytes = utf8("a = \"1\"\nlong = \"" + "x".repeat(100) + "\"\n");
    assertThatThrownBy(() -> VmxDocument.parse(bytes, "big.vmx", InputLimits.of(50, 1 << 20)))
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("big.vmx: file is " + bytes.length + " bytes");
    assertThatThrownBy(() -> VmxDocument.parse(bytes, "big.vmx", InputLimits.of(1 << 20, 64)))
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("big.vmx:2: line is 109 bytes, above the limit of 64 bytes");
  }

  @Test
  void readNamesAMissingFile() {
    Path missing = Path.of("no-such-dir", "rhel3.vmx");
    assertThatThrownBy(() -> VmxDocument.read(missing))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void exposesLinesWithNumbersKeysAndWrittenValues() {
    VmxDocument doc = doc("# c\n\nk = \"a|22b\" # note\n");
    List<VmxLine> lines = doc.lines();
    assertThat(lines.get(0)).isInstanceOf(VmxComment.class);
    assertThat(lines.get(1)).isInstanceOf(VmxBlank.class);
    VmxEntry e = (VmxEntry) lines.get(2);
    assertThat(e.lineNumber()).isEqualTo(3);
    assertThat(e.key()).isEqualTo("k");
    assertThat(e.writtenValue()).isEqualTo("\"a|22b\"");
    assertThat(e.quoted()).isTrue();
    assertThat(e.value()).isEqualTo("a\"b");
    assertThat(e.trailingComment()).contains("# note");
    assertThat(e.text()).isEqualTo("k = \"a|22b\" # note");
    assertThat(e).isEqualTo(doc.entry("k").orElseThrow());
  }

  @Test
  void readsEsxiPassthroughKeysIncludingWildcardAndDynamicDirectPath() throws java.io.IOException {
    byte[] bytes;
    try (java.io.InputStream in = getClass().getResourceAsStream("esxi7-gpu-passthrough.vmx")) {
      bytes = in.readAllBytes();
    }
    VmxDocument doc = VmxDocument.parse(bytes, "esxi7-gpu-passthrough.vmx");
    assertThat(doc.toBytes()).isEqualTo(bytes);
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.get("pciPassthru0.id")).contains("00000:101:00.0");
    assertThat(doc.get("pciPassthru0.vendorId")).contains("0x10de");
    assertThat(doc.get("pciPassthru1.allowedDevices")).contains("0x10de:0x20b5");
    assertThat(doc.get("pciPassthru*.present")).contains("False");
    assertThat(doc.get("pciPassthru.64bitMMIOSizeGB")).contains("128");
    assertThat(doc.get("sched.mem.minsize")).contains("65536");
    assertThat(doc.keysWithPrefix("pciPassthru1.")).containsExactly("pciPassthru1.present",
        "pciPassthru1.allowedDevices", "pciPassthru1.virtualDev", "pciPassthru1.pciSlotNumber",
        "pciPassthru1.msiEnabled");
    assertThat(doc.keysWithPrefix("pcipassthru.")).containsExactly("pciPassthru.use64bitMMIO",
        "pciPassthru.64bitMMIOSizeGB");
    // A new third device goes after the last line of pciPassthru1.
    VmxDocument edited = doc.set("pciPassthru2.present", "TRUE");
    assertThat(edited.entry("pciPassthru2.present").orElseThrow().lineNumber())
        .isEqualTo(doc.entry("pciPassthru1.msiEnabled").orElseThrow().lineNumber() + 1);
  }

  @Test
  void writeToStreamsTheSameBytesAsToBytes() throws java.io.IOException {
    VmxDocument doc = guide().set("memsize", "1024").remove("floppy0.present");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    doc.writeTo(out);
    assertThat(out.toByteArray()).isEqualTo(doc.toBytes());
    java.io.ByteArrayOutputStream pristine = new java.io.ByteArrayOutputStream();
    guide().writeTo(pristine);
    assertThat(pristine.toByteArray()).isEqualTo(guideBytes());
  }

  @Test
  void diagnosticsFollowEdits() {
    VmxDocument doc = doc("memsize = 512\nmemsize = \"1\"\n");
    assertThat(doc.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("VMDP604", "VMDP601");
    assertThat(doc.set("memsize", "1024").diagnostics()).extracting(Diagnostic::ruleId).containsExactly("VMDP601");
    assertThat(doc.remove("memsize").diagnostics()).isEmpty();
  }

  @Test
  void strictModeFailsOnTheFirstErrorWithItsPlaceAndLine() {
    byte[] bytes = {'o', 'k', ' ', '=', ' ', '"', '1', '"', '\n', 'p', ' ', '=', ' ', '"', (byte) 0xFF, '"', '\n'};
    VmxDocument bad = VmxDocument.parse(bytes, "bad.vmx");
    assertThatThrownBy(bad::requireNoErrors)
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("bad.vmx:2:6: VMDP605")
        .satisfies(e -> assertThat(((VmdpException) e).sourceLine()).contains("p = \"\uFFFD\""));
    VmxDocument warningsOnly = doc("memsize = 512\n");
    assertThat(warningsOnly.requireNoErrors()).isSameAs(warningsOnly);
  }
}
