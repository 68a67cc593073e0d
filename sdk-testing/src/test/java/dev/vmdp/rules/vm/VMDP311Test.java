package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP311Test {

  @Test
  void positive_a128GbBarWithout64bitMmio_fixWritesBothKeysAsTheBindingSpellsThem() {
    String vmx = mark(without(ESXI7_GPU, "pciPassthru.") , "pciPassthru0.present", "VMDP311");
    var checked = RuleTest.forRules("VMDP311").esx("7.0U3").vmx("ml01.vmx", vmx)
        .lspci("lspci.txt", LspciTexts.a100("3b")).run().expectMarked();
    var f = checked.only("VMDP311");
    assertThat(f.facts()).containsEntry("use64bitMMIO", "absent").containsEntry("efi", "true")
        .containsEntry("suggestedSizeGB", "512");
    assertThat(f.message()).doesNotContain("pciPassthru.use64bitMMIO");
    checked.fix()
        .expectEdits("set pciPassthru.use64bitMMIO = \"TRUE\"", "set pciPassthru.64bitMMIOSizeGB = \"512\"")
        .expectWritten("ml01.vmx", "pciPassthru.use64bitMMIO = \"TRUE\"", "pciPassthru.64bitMMIOSizeGB = \"512\"")
        .recheck().expectNone();
  }

  @Test
  void negative_withoutBarSizesNothingIsGuessed() {
    RuleTest.forRules("VMDP311").esx("7.0U3").vmx("ml01.vmx", without(ESXI7_GPU, "pciPassthru.")).run().expectNone();
  }
}
