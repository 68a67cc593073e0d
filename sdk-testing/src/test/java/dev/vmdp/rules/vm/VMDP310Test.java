package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI67_BIOS_NIC;
import static dev.vmdp.rules.VmxTexts.ESXI7_DYNAMIC;
import static dev.vmdp.rules.VmxTexts.ESXI8_SRIOV;
import static dev.vmdp.rules.VmxTexts.ESXI8_VGPU;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP310Test {

  @Test
  void negative_vgpuSriovAndDynamicEntriesNeedNoIdVendorDeviceOrSystemId() {
    RuleTest.forRules("VMDP310").esx("8.0U2").vmx("vdi01.vmx", ESXI8_VGPU).run().expectNone();
    RuleTest.forRules("VMDP310").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV).run().expectNone();
    RuleTest.forRules("VMDP310").esx("7.0U3").vmx("train01.vmx", ESXI7_DYNAMIC).run().expectNone();
  }

  @Test
  void positive_fixedEntryWithoutSystemId() {
    String vmx = mark(without(ESXI67_BIOS_NIC, "pciPassthru0.systemId"), "pciPassthru0.present", "VMDP310");
    var f = RuleTest.forRules("VMDP310").esx("6.7").vmx("fw01.vmx", vmx).run().expectMarked().only("VMDP310");
    assertThat(f.facts()).containsEntry("missing", "systemId").containsEntry("kind", "fixed");
  }

  @Test
  void positive_vgpuWithAnEmptyProfile() {
    String vmx = mark(ESXI8_VGPU.replace("\"grid_t4-4q\"", "\"\""), "pciPassthru0.vgpu", "VMDP310");
    var f = RuleTest.forRules("VMDP310").esx("8.0U2").vmx("vdi01.vmx", vmx).run().expectMarked().only("VMDP310");
    assertThat(f.facts()).containsEntry("empty", "vgpu").containsEntry("kind", "vgpu");
  }
}
