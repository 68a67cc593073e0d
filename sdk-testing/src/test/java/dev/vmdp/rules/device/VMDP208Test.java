package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP208Test {
  /** A VM given the 82598 port behind a PCIe switch (03:00.0 on the switch host). */
  static final String NIC_VM = TestHosts.vm("nfv01", """
      pciPassthru0.present = "TRUE"
      # BUG: VMDP208
      pciPassthru0.id = "00000:003:00.0"
      pciPassthru0.deviceId = "0x10c6"
      pciPassthru0.vendorId = "0x8086"
      pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """);

  /**
   * {@code lspci -nn -vvv} of a host with a PLX PEX 8747 switch below root port 00:01.0: upstream
   * port 01:00.0, downstream port 02:08.0 with the given ACS capability lines, the 82598 at 03:00.0.
   */
  static String switchHost(String downstreamAcs) {
    return """
        00:01.0 PCI bridge [0604]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D PCI Express Root Port 1 [8086:6f02] (rev 01)
        	Control: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
        	Bus: primary=00, secondary=01, subordinate=03, sec-latency=0
        	Capabilities: [60] Express (v2) Root Port (Slot+), MSI 00
        		DevCap:	MaxPayload 256 bytes, PhantFunc 0, Latency L0s <512ns, L1 <64us
        			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset- SlotPowerLimit 0W
        	Capabilities: [110 v1] Access Control Services
        		ACSCap:	SrcValid+ TransBlk- ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans-
        		ACSCtl:	SrcValid+ TransBlk- ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans-
        	Kernel driver in use: pcieport

        01:00.0 PCI bridge [0604]: PLX Technology, Inc. PEX 8747 48-Lane, 5-Port PCI Express Gen 3 (8.0 GT/s) Switch [10b5:8747] (rev ca)
        	Control: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
        	Bus: primary=01, secondary=02, subordinate=03, sec-latency=0
        	Capabilities: [68] Express (v2) Upstream Port, MSI 00
        		DevCap:	MaxPayload 1024 bytes, PhantFunc 0
        			ExtTag- AttnBtn- AttnInd- PwrInd- RBE+ SlotPowerLimit 0W
        	Kernel driver in use: pcieport

        02:08.0 PCI bridge [0604]: PLX Technology, Inc. PEX 8747 48-Lane, 5-Port PCI Express Gen 3 (8.0 GT/s) Switch [10b5:8747] (rev ca)
        	Control: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
        	Bus: primary=02, secondary=03, subordinate=03, sec-latency=0
        	Capabilities: [68] Express (v2) Downstream Port (Slot+), MSI 00
        		DevCap:	MaxPayload 1024 bytes, PhantFunc 0
        			ExtTag- AttnBtn- AttnInd- PwrInd- RBE+ SlotPowerLimit 0W
        %s	Kernel driver in use: pcieport

        03:00.0 Ethernet controller [0200]: Intel Corporation 82598EB 10-Gigabit AF Dual Port Network Connection [8086:10c6] (rev 01)
        	Control: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
        	Capabilities: [60] Express (v2) Endpoint, MSI 00
        		DevCap:	MaxPayload 256 bytes, PhantFunc 0, Latency L0s <512ns, L1 <64us
        			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset- SlotPowerLimit 0W
        	Kernel driver in use: ixgbe
        """.formatted(downstreamAcs);
  }

  static RuleTest test(String vmx, String lspci) {
    return RuleTest.forRules("VMDP208").vmx("nfv01.vmx", vmx).lspci("lspci-nnvvv.txt", lspci);
  }

  @Test
  void positive_nicBehindPcieToPciBridge() {
    String legacy = TestHosts.vm("legacy", """
        pciPassthru0.present = "TRUE"
        # BUG: VMDP208
        pciPassthru0.id = "00000:007:02.0"
        pciPassthru0.deviceId = "0x107c"
        pciPassthru0.vendorId = "0x8086"
        pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
        pciPassthru0.virtualDev = "pci"
        """);
    Finding f = test(legacy, TestHosts.lspci()).run().expectMarked().only("VMDP208");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subject()).isEqualTo("vm legacy pciPassthru0");
    assertThat(f.facts()).containsEntry("address", "0000:07:02.0").containsEntry("bridge", "0000:06:00.0")
        .containsEntry("reason", "conventionalBridge");
  }

  @Test
  void positive_downstreamPortWithoutAcs() {
    Finding f = test(NIC_VM, switchHost("")).run().expectMarked().only("VMDP208");
    assertThat(f.facts()).containsEntry("bridge", "0000:02:08.0").containsEntry("reason", "noAcs");
  }

  @Test
  void positive_downstreamPortWithAcsOff() {
    String off = """
        	Capabilities: [f24 v1] Access Control Services
        		ACSCap:	SrcValid+ TransBlk+ ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl+ DirectTrans+
        		ACSCtl:	SrcValid- TransBlk- ReqRedir- CmpltRedir- UpstreamFwd- EgressCtrl- DirectTrans-
        """;
    test(NIC_VM, switchHost(off)).run().expectMarked();
  }

  @Test
  void negative_downstreamPortWithAcsOn() {
    String on = """
        	Capabilities: [f24 v1] Access Control Services
        		ACSCap:	SrcValid+ TransBlk+ ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl+ DirectTrans+
        		ACSCtl:	SrcValid+ TransBlk- ReqRedir+ CmpltRedir+ UpstreamFwd+ EgressCtrl- DirectTrans-
        """;
    test(NIC_VM.replace("# BUG: VMDP208\n", ""), switchHost(on)).run().expectNone();
  }

  @Test
  void negative_acsNotFullyShown() {
    // lspci -v names the capability but prints no ACSCtl line: whether ACS is on is unknown.
    String named = "\tCapabilities: [f24 v1] Access Control Services\n";
    test(NIC_VM.replace("# BUG: VMDP208\n", ""), switchHost(named)).run().expectNone();
  }

  @Test
  void negative_endpointBelowRootPort() {
    test(TestHosts.vm("nic", TestHosts.entry(0, "00000:003:00.0", "8086:10c6")), TestHosts.lspci())
        .run().expectNone();
  }
}
