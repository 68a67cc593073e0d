package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP403Test {
  /** web takes the Broadcom 57712's first port, which resets by link (passthru.map: {@code 14e4 1662 link false}). */
  static final String WEB = TestHosts.vm("web", """
      pciPassthru0.present = "TRUE"
      # BUG: VMDP403
      pciPassthru0.id = "00000:005:00.0"
      pciPassthru0.deviceId = "0x1662"
      pciPassthru0.vendorId = "0x14e4"
      pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """);

  /** esx01's esx.conf with the VMkernel owning one function (as vmnicN). */
  static String vmkernelOwns(String esxConfAddress, String vmkname) {
    return """
        /adv/Misc/HostName = "esx01"
        /adv/Net/ManagementIface = "vmk0"
        /device/%1$s/owner = "vmkernel"
        /device/%1$s/vmkname = "%2$s"
        /system/uuid = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
        """.formatted(esxConfAddress, vmkname);
  }

  static RuleTest esx01() {
    return RuleTest.forRules("VMDP403").lspci("lspci-nnvvv.txt", TestHosts.lspci()).map("passthru.map", TestHosts.SITE_MAP);
  }

  @Test
  void positive_broadcomPortInAVmTheOtherUsedByTheVmkernel() {
    Finding f = esx01().vmx("web.vmx", WEB).esxConf("esx.conf", vmkernelOwns("005:00.1", "vmnic5"))
        .run().expectMarked().only("VMDP403");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.facts()).containsEntry("members", "0000:05:00.0, 0000:05:00.1")
        .containsEntry("vmkernelFunctions", "0000:05:00.1").containsEntry("resetMethod", "link")
        .containsEntry("dependentBridge", "0000:00:07.0");
  }

  @Test
  void negative_noVmkernelFunctionInTheDomain() {
    esx01().vmx("web.vmx", WEB.replace("# BUG: VMDP403\n", "")).run().expectNone();
  }

  @Test
  void negative_vmkernelOnAFunctionThatResetsAlone() {
    esx01().vmx("a.vmx", TestHosts.vm("a", TestHosts.entry(0, "00000:003:00.0", "8086:10c6")))
        .esxConf("esx.conf", vmkernelOwns("003:00.1", "vmnic3")).run().expectNone();
  }
}
