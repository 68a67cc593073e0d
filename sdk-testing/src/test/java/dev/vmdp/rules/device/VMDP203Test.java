package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.rules.VmxTexts.ESXI8_SRIOV;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP203Test {

  static final String OTHER_HOST = """
      /system/uuid = "60a4b2c1-0000-1111-2222-3cecef0a9999"
      /device/059:00.0/owner = "passthru"
      /device/026:00.1/owner = "vmkernel"
      """;

  @Test
  void positive_theDeviceWasAddedOnAnotherHost() {
    var f = RuleTest.forRules("VMDP203").esx("7.0U3").vmx("ml01.vmx", mark(ESXI7_GPU, "pciPassthru0.systemId", "VMDP203"))
        .esxConf("esx.conf", OTHER_HOST).run().expectMarked().only("VMDP203");
    assertThat(f.facts()).containsEntry("systemId", "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c")
        .containsEntry("hostUuid", "60a4b2c1-0000-1111-2222-3cecef0a9999");
  }

  @Test
  void negative_bypassIsNoHostUuid() {
    RuleTest.forRules("VMDP203").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV).esxConf("esx.conf", OTHER_HOST)
        .run().expectNone();
  }
}
