package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.VmxTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP210Test {

  /** Issue #16: a fragment without virtualHW.version and an ESXi 8 id (the dareoke corpus fragments). */
  static final String FRAGMENT = """
      # PCI Passthrough configuration
      pciPassthru0.present = "TRUE"
      pciPassthru0.id = "0:66:0.0"
      pciPassthru0.deviceId = "0x1b38"
      pciPassthru0.vendorId = "0x10de"
      pciPassthru0.systemId = "65106d9a-406e-5fda-b7ab-b8ca3a63b8b4"
      """;

  @Test
  void negative_aGuessedVersionNeverJudgesTheForm() {
    var checked = RuleTest.forRules("VMDP210").vmx("fragment.vmx", FRAGMENT).run().expectNone();
    assertThat(checked.assumptions()).hasSize(1);
    assertThat(checked.assumptions().get(0)).startsWith("host version not given and no virtualHW.version");
  }

  @Test
  void positive_theLongFormOnAGivenEsx40() {
    String guide = GUIDE_RHEL3
        .replace("pciPassthru0.id = \"03:00.0\"", "# BUG: VMDP210\npciPassthru0.id = \"00000:003:00.0\"");
    var f = RuleTest.forRules("VMDP210").esx("4.0").vmx("rhel3.vmx", guide).run().expectMarked().only("VMDP210");
    assertThat(f.facts()).containsEntry("problem", "wrongForm").containsEntry("versionAssumed", "false")
        .containsEntry("suggestedId", "03:00.0");
  }

  @Test
  void positive_hexDigitsAreMalformedOnEveryVersion() {
    String vmx = VmxTexts.ESXI7_GPU.replace("pciPassthru0.id = \"00000:059:00.0\"",
        "# BUG: VMDP210\npciPassthru0.id = \"0000:3b:00.0\"");
    var f = RuleTest.forRules("VMDP210").esx("7.0U3").vmx("ml01.vmx", vmx).run().expectMarked().only("VMDP210");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.facts()).containsEntry("problem", "hexDigits").containsEntry("suggestedId", "00000:059:00.0");
  }
}
