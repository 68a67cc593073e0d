package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP206Test {
  /** The conventional 82541PI NIC at host 07:01.0 (PCI-X, behind the PCIe-to-PCI bridge 06:00.0). */
  static final String LEGACY = TestHosts.vm("legacy", """
      pciPassthru0.present = "TRUE"
      # BUG: VMDP206
      pciPassthru0.id = "00000:007:01.0"
      pciPassthru0.deviceId = "0x107c"
      pciPassthru0.vendorId = "0x8086"
      pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """);

  static RuleTest test(String vmx, String lspci) {
    return RuleTest.forRules("VMDP206").vmx("legacy.vmx", vmx).lspci("lspci-nnvvv.txt", lspci);
  }

  @Test
  void positive_conventionalNicWithDefaultVirtualDev_fixSetsPci() {
    Finding f = test(LEGACY, TestHosts.lspci()).run().expectMarked().only("VMDP206");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("vm legacy pciPassthru0");
    assertThat(f.facts()).containsEntry("address", "0000:07:01.0").containsEntry("virtualDev", "pcie")
        .containsEntry("evidence", "noExpressCapability").doesNotContainKey("bridge");
    test(LEGACY, TestHosts.lspci()).run().fix()
        .expectEdits("set pciPassthru0.virtualDev = \"pci\"")
        .expectWritten("legacy.vmx", "pciPassthru0.virtualDev = \"pci\"")
        .recheck().expectNone();
  }

  @Test
  void positive_capabilitiesNotShownButBelowThePcieToPciBridge() {
    // lspci could not read 07:01.0's capabilities; its place below the XIO2001 bridge says it.
    String lspci = TestHosts.lspci().replace("""
        	Capabilities: [dc] Power Management version 2
        		Flags: PMEClk- DSI+ D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold-)
        		Status: D0 NoSoftRst- PME-Enable- DSel=0 DScale=1 PME-
        	Capabilities: [e4] PCI-X non-bridge device
        		Command: DPERE- ERO+ RBC=512 OST=1
        	Kernel driver in use: e1000

        07:02.0""", """
        	Capabilities: <access denied>
        	Kernel driver in use: e1000

        07:02.0""");
    assertThat(lspci).contains("<access denied>");
    Finding f = test(LEGACY, lspci).run().expectMarked().only("VMDP206");
    assertThat(f.facts()).containsEntry("evidence", "belowPciBridge").containsEntry("bridge", "0000:06:00.0");
  }

  @Test
  void negative_virtualDevPciAlready() {
    String pci = LEGACY.replace("# BUG: VMDP206\n", "")
        .replace("pciPassthru0.systemId", "pciPassthru0.virtualDev = \"pci\"\npciPassthru0.systemId");
    test(pci, TestHosts.lspci()).run().expectNone();
  }

  @Test
  void negative_pcieEndpoint() {
    test(TestHosts.vm("nic", TestHosts.entry(0, "00000:003:00.0", "8086:10c6")), TestHosts.lspci())
        .run().expectNone();
  }

  @Test
  void negative_capabilitiesUnknown() {
    // lspci -n alone shows no capabilities and no bridges: nothing says the NIC is conventional.
    test(LEGACY.replace("# BUG: VMDP206\n", ""), """
        00:1c.0 0604: 8086:8d10 (rev 01)
        06:00.0 0604: 104c:8240
        07:01.0 0200: 8086:107c (rev 05)
        07:02.0 0200: 8086:107c (rev 05)
        """).run().expectNone();
  }
}
