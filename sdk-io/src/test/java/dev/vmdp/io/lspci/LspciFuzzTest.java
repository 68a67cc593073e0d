package dev.vmdp.io.lspci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.VmdpException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LspciFuzzTest {

  @Property(tries = 400, seed = "42")
  void arbitraryBytesGiveAViewOrTheDocumentedError(@ForAll byte[] bytes) {
    parseOrDocumentedError(bytes);
  }

  @Property(tries = 600, seed = "7")
  void lspciShapedNoiseGivesAViewOrTheDocumentedError(@ForAll("lspciish") String text) {
    parseOrDocumentedError(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void parseOrDocumentedError(byte[] bytes) {
    try {
      LspciView v = LspciReader.parse(bytes, "fuzz.txt");
      assertThat(v.functions()).isNotEmpty();
    } catch (VmdpException e) {
      assertThat(e.getMessage()).startsWith("fuzz.txt:");
    }
  }

  @Provide
  Arbitrary<String> lspciish() {
    Arbitrary<String> pieces = Arbitraries.of(
        "03:00.0 ", "0000:", "ff:1f.7 ", "00:20.0 ", "0200: ", "8086:10c6", " (rev 01)", "\n", "\t", "\t\t",
        "Capabilities: [60] Express (v2) Endpoint, MSI 00", "DevCap:\t", "FLReset+", "FLReset-",
        "Bus: primary=00, secondary=05, subordinate=03", "Region 0: Memory at 0 [size=16K]",
        "Single Root I/O Virtualization (SR-IOV)", "Total VFs: 8, Number of VFs: 9", "VF offset: 0, stride: 0",
        "00: 86 80 10 8d 07 04 10 00 d5 00 04 06 10 00 81 00", "-[0000:00]-+-", "+-01.0-[01-ff]--", "\\-",
        "  Name [10de:1eb8]", "|", "-[", "]", "PCI bridge [0604]: ", "Expansion ROM at x [size=1G]",
        "ACSCtl:\tSrcValid+", "Access Control Services", "Status: D0 NoSoftRst+", "Power Management version 3");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
