package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.rules.VmxTexts.ESXI8_SRIOV;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP204Test {

  static final String OWNERS = """
      /system/uuid = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c"
      /device/059:00.0/owner = "vmkernel"
      /device/026:00.1/owner = "vmkernel"
      """;

  @Test
  void positive_aFixedDeviceTheVmkernelKeeps() {
    var f = RuleTest.forRules("VMDP204").esx("7.0U3").vmx("ml01.vmx", mark(ESXI7_GPU, "pciPassthru0.id", "VMDP204"))
        .esxConf("esx.conf", OWNERS).run().expectMarked().only("VMDP204");
    assertThat(f.facts()).containsEntry("address", "0000:3b:00.0").containsEntry("configuredOwner", "vmkernel");
  }

  @Test
  void negative_anSriovPhysicalFunctionStaysWithTheVmkernelByDesign() {
    RuleTest.forRules("VMDP204").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV).esxConf("esx.conf", OWNERS)
        .run().expectNone();
  }
}
