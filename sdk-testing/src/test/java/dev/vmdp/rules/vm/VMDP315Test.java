package dev.vmdp.rules.vm;

import static dev.vmdp.testing.TestText.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP315Test {

  /** Issue #16: two 128 GB BARs with a 64 GB window on a BIOS VM. */
  static final String BIOS_TWO_A100 = without(VMDP314Test.TWO_A100, "firmware =")
      .replace("pciPassthru.use64bitMMIO = \"TRUE\"", "# BUG: VMDP315\npciPassthru.use64bitMMIO = \"TRUE\"")
      .replace("pciPassthru.64bitMMIOSizeGB", "# BUG: VMDP314\npciPassthru.64bitMMIOSizeGB");

  @Test
  void positive_twoLargeBarsOnABiosVmGetBothFindings() {
    var checked = RuleTest.forRules("VMDP315", "VMDP314").esx("7.0U3").vmx("ml01.vmx", BIOS_TWO_A100)
        .lspci("lspci.txt", LspciTexts.a100("3b") + LspciTexts.a100("3c")).run().expectMarked();
    assertThat(checked.only("VMDP315").facts()).containsEntry("firmware", "bios")
        .containsEntry("totalBarBytes", String.valueOf(2 * ((128L << 30) + (16L << 20) + (32L << 20))));
  }

  @Test
  void negative_efiOrUnknownBars() {
    RuleTest.forRules("VMDP315").esx("7.0U3").vmx("ml01.vmx", VMDP314Test.TWO_A100)
        .lspci("lspci.txt", LspciTexts.a100("3b") + LspciTexts.a100("3c")).run().expectNone();
    RuleTest.forRules("VMDP315").esx("7.0U3").vmx("ml01.vmx", BIOS_TWO_A100.replace("# BUG: VMDP315\n", ""))
        .run().expectNone();
  }
}
