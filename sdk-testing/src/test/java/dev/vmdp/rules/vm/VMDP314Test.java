package dev.vmdp.rules.vm;

import static dev.vmdp.model.Severity.INFO;
import static dev.vmdp.model.Severity.WARNING;
import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP314Test {

  /** The GPU VM with a second A100 at 0000:3c:00.0 (decimal bus 60). */
  static final String TWO_A100 = ESXI7_GPU + """
      pciPassthru1.id = "00000:060:00.0"
      pciPassthru1.deviceId = "0x20b5"
      pciPassthru1.vendorId = "0x10de"
      pciPassthru1.systemId = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c"
      pciPassthru1.present = "TRUE"
      pciPassthru1.pciSlotNumber = "1184"
      """;

  @Test
  void positive_twoA100InA64GbWindow_fixSuggestsTwiceThePowerOfTwo() {
    String vmx = mark(TWO_A100, "pciPassthru.64bitMMIOSizeGB", "VMDP314");
    var checked = RuleTest.forRules("VMDP314").esx("7.0U3").vmx("ml01.vmx", vmx)
        .lspci("lspci.txt", LspciTexts.a100("3b") + LspciTexts.a100("3c")).run().expectMarked();
    var f = checked.only("VMDP314");
    assertThat(f.severity()).isEqualTo(WARNING);
    assertThat(f.facts()).containsEntry("windowGB", "64").containsEntry("minimumGB", "512")
        .containsEntry("suggestedSizeGB", "1024").containsEntry("verified", "true");
    checked.fix().expectEdits("set pciPassthru.64bitMMIOSizeGB = \"1024\"")
        .expectWritten("ml01.vmx", "pciPassthru.64bitMMIOSizeGB = \"1024\"").recheck().expectNone();
  }

  @Test
  void info_withoutBarSizesTheWindowIsNotVerified() {
    var f = RuleTest.forRules("VMDP314").esx("7.0U3").vmx("ml01.vmx", ESXI7_GPU).run().only("VMDP314");
    assertThat(f.severity()).isEqualTo(INFO);
    assertThat(f.fixes()).isEmpty();
    assertThat(f.facts()).containsEntry("verified", "false").containsEntry("unknownEntries", "pciPassthru0");
  }

  @Test
  void negative_aWindowThatHoldsTheBars() {
    RuleTest.forRules("VMDP314").esx("7.0U3").vmx("ml01.vmx", ESXI7_GPU.replace("SizeGB = \"64\"", "SizeGB = \"512\""))
        .lspci("lspci.txt", LspciTexts.a100("3b")).run().expectNone();
  }
}
