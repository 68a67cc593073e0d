package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP209Test {
  /** A VM given esx01's root port 00:01.0 (the GPU's parent) instead of the GPU. */
  static final String ROOT_PORT_VM = TestHosts.vm("gpu01", """
      pciPassthru0.present = "TRUE"
      # BUG: VMDP209
      pciPassthru0.id = "00000:000:01.0"
      pciPassthru0.deviceId = "0x6f02"
      pciPassthru0.vendorId = "0x8086"
      pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """);

  @Test
  void positive_rootPortAssigned() {
    Finding f = RuleTest.forRules("VMDP209").vmx("gpu01.vmx", ROOT_PORT_VM).lspci("lspci-nnvvv.txt", TestHosts.lspci())
        .run().expectMarked().only("VMDP209");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("vm gpu01 pciPassthru0");
    assertThat(f.facts()).containsEntry("address", "0000:00:01.0").containsEntry("classCode", "0604")
        .containsEntry("portType", "root_port");
  }

  @Test
  void negative_endpoint() {
    RuleTest.forRules("VMDP209").vmx("db01.vmx", TestHosts.vm("db01", TestHosts.entry(0, "00000:004:00.0", "1077:2532")))
        .lspci("lspci-nnvvv.txt", TestHosts.lspci()).run().expectNone();
  }

  @Test
  void negative_nothingKnownAboutTheFunction() {
    // ESXi's own lspci prints the class "Bridge" for every bridge subclass, and no capabilities.
    RuleTest.forRules("VMDP209").vmx("gpu01.vmx", ROOT_PORT_VM.replace("# BUG: VMDP209\n", ""))
        .lspci("lspci.txt", """
            0000:00:00.0 Bridge: Intel Corporation Xeon E5 v4 DMI2
            0000:00:01.0 Bridge: Intel Corporation Xeon E5 v4 PCI Express Root Port 1 [PCIe RP[0000:00:01.0]]
            0000:01:00.0 Display controller: NVIDIA Corporation TU104GL [Tesla T4]
            0000:01:00.1 Multimedia controller: NVIDIA Corporation TU104 HD Audio Controller
            """).run().expectNone();
  }
}
