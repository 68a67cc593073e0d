package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP301Test {

  /** The GPU VM with {@code n} DirectPath entries (pciPassthru0 is the file's own). */
  static String withEntries(String vmx, int n) {
    StringBuilder more = new StringBuilder();
    for (int i = 1; i < n; i++) {
      more.append("pciPassthru").append(i).append(".id = \"00000:").append(String.format("%03d", 100 + i))
          .append(":00.0\"\npciPassthru").append(i).append(".deviceId = \"0x1eb8\"\npciPassthru").append(i)
          .append(".vendorId = \"0x10de\"\npciPassthru").append(i)
          .append(".systemId = \"5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c\"\npciPassthru").append(i).append(".present = \"TRUE\"\n");
    }
    return vmx + more;
  }

  @Test
  void positive_hw19VmKeepsSixteenOnAnEsxi80U2Host() {
    String vmx = mark(withEntries(ESXI7_GPU, 17), "pciPassthru16.present", "VMDP301");
    Finding f = RuleTest.forRules("VMDP301").esx("8.0U2").vmx("ml01.vmx", vmx).run().expectMarked().only("VMDP301");
    assertThat(f.facts()).containsEntry("devices", "17").containsEntry("limit", "16")
        .containsEntry("hostVersion", "8.0U2").containsEntry("hardwareVersion", "19")
        .containsEntry("firstExtra", "pciPassthru16");
  }

  @Test
  void negative_hw21VmOnEsxi80U2MayHave17() {
    String vmx = replaceLine(withEntries(ESXI7_GPU, 17), "virtualHW.version", "virtualHW.version = \"21\"");
    RuleTest.forRules("VMDP301").esx("8.0U2").vmx("ml01.vmx", vmx).run().expectNone();
  }

  @Test
  void positive_hw20VmGets32OnEsxi80() {
    String vmx = replaceLine(withEntries(ESXI7_GPU, 33), "virtualHW.version", "virtualHW.version = \"20\"");
    assertThat(RuleTest.forRules("VMDP301").esx("8.0").vmx("ml01.vmx", vmx).run().only("VMDP301").facts())
        .containsEntry("limit", "32");
    RuleTest.forRules("VMDP301").esx("8.0U1").vmx("ml01.vmx", vmx).run().expectNone();
  }

  @Test
  void negative_aGuessedVersionRaisesNothing() {
    String fragment = "pciPassthru0.present = \"TRUE\"\npciPassthru0.id = \"0:66:0.0\"\n"
        + "pciPassthru1.present = \"TRUE\"\npciPassthru1.id = \"0:67:0.0\"\n"
        + "pciPassthru2.present = \"TRUE\"\npciPassthru2.id = \"0:68:0.0\"\n";
    var checked = RuleTest.forRules("VMDP301").vmx("fragment.vmx", fragment).run().expectNone();
    assertThat(checked.assumptions().get(0)).contains("guessed ESX 4.0");
  }
}
