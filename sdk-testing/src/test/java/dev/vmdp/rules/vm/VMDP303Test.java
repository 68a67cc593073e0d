package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.rules.VmxTexts.ESXI8_VGPU;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP303Test {

  @Test
  void negative_hw21EfiVmInTheAcpiLayoutHasNoRootPortBlockAndNeedsNone() {
    RuleTest.forRules("VMDP303", "VMDP304", "VMDP319").esx("8.0U2").vmx("vdi01.vmx", ESXI8_VGPU).run().expectNone();
  }

  @Test
  void positive_rootPortLayoutWithoutPciBridge5() {
    String vmx = mark(without(ESXI7_GPU, "pciBridge5."), "virtualHW.version", "VMDP303");
    var f = RuleTest.forRules("VMDP303").esx("7.0U3").vmx("ml01.vmx", vmx).run().expectMarked().only("VMDP303");
    assertThat(f.facts()).containsEntry("missingBridges", "pciBridge5").containsEntry("layout", "rootPorts");
  }

  @Test
  void positive_acpiLayoutWithoutPciBridge1() {
    String vmx = mark(without(ESXI8_VGPU, "pciBridge1."), "virtualHW.version", "VMDP303");
    var f = RuleTest.forRules("VMDP303").esx("8.0U2").vmx("vdi01.vmx", vmx).run().expectMarked().only("VMDP303");
    assertThat(f.facts()).containsEntry("missingBridges", "pciBridge1").containsEntry("layout", "acpi");
  }
}
