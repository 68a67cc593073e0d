package dev.vmdp.io.lspci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.VmdpException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The lspci reader never fails on arbitrary input except with its documented error. */
class LspciFuzzTest {

  private static final List<String> PIECES = List.of(
      "03:00.0 ", "0000:", "ff:1f.7 ", "00:20.0 ", "0200: ", "8086:10c6", " (rev 01)", "\n", "\t", "\t\t",
      "Capabilities: [60] Express (v2) Endpoint, MSI 00", "DevCap:\t", "FLReset+", "FLReset-",
      "Bus: primary=00, secondary=05, subordinate=03", "Region 0: Memory at 0 [size=16K]",
      "Single Root I/O Virtualization (SR-IOV)", "Total VFs: 8, Number of VFs: 9", "VF offset: 0, stride: 0",
      "00: 86 80 10 8d 07 04 10 00 d5 00 04 06 10 00 81 00", "-[0000:00]-+-", "+-01.0-[01-ff]--", "\\-",
      "  Name [10de:1eb8]", "|", "-[", "]", "PCI bridge [0604]: ", "Expansion ROM at x [size=1G]",
      "ACSCtl:\tSrcValid+", "Access Control Services", "Status: D0 NoSoftRst+", "Power Management version 3");

  @Test
  void arbitraryBytesGiveAViewOrTheDocumentedError() {
    Gen<byte[]> bytes = Generate.byteArrays(Generate.range(0, 400), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    qt().withFixedSeed(42).withExamples(400).forAll(bytes).checkAssert(LspciFuzzTest::parseOrDocumentedError);
  }

  @Test
  void lspciShapedNoiseGivesAViewOrTheDocumentedError() {
    Gen<String> text = SourceDSL.lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40).map(l -> String.join("", l));
    qt().withFixedSeed(7).withExamples(600).forAll(text)
        .checkAssert(t -> parseOrDocumentedError(t.getBytes(StandardCharsets.UTF_8)));
  }

  private static void parseOrDocumentedError(byte[] bytes) {
    try {
      LspciView v = LspciReader.parse(bytes, "fuzz.txt");
      assertThat(v.functions()).isNotEmpty();
    } catch (VmdpException e) {
      assertThat(e.getMessage()).startsWith("fuzz.txt:");
    }
  }
}
