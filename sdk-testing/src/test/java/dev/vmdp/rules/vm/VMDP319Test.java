package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI8_VGPU;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP319Test {

  @Test
  void positive_acpiLayoutOnABiosVm() {
    String vmx = mark(without(ESXI8_VGPU, "firmware ="), "chipset.motherboardLayout", "VMDP319");
    var f = RuleTest.forRules("VMDP319", "VMDP303").esx("8.0U2").vmx("vdi01.vmx", vmx).run().expectMarked()
        .only("VMDP319");
    assertThat(f.facts()).containsEntry("firmware", "bios").containsEntry("layoutKey", "chipset.motherboardLayout");
  }

  @Test
  void negative_efi() {
    RuleTest.forRules("VMDP319").esx("8.0U2").vmx("vdi01.vmx", ESXI8_VGPU).run().expectNone();
  }
}
