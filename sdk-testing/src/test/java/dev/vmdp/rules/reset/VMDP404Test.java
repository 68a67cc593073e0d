package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP404Test {
  /** A VM given the onboard 82579LM, which sits on the root bus: no bridge above it to reset. */
  static final String NIC_VM = TestHosts.vm("a", """
      pciPassthru0.present = "TRUE"
      # BUG: VMDP404
      pciPassthru0.id = "00000:000:25.0"
      pciPassthru0.deviceId = "0x1502"
      pciPassthru0.vendorId = "0x8086"
      pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """);

  /** {@code lspci -nn -vvv} of the onboard NIC; its PCI Advanced Features show {@code FLR} as given. */
  static String rootBusNic(String flr) {
    return """
        00:19.0 Ethernet controller [0200]: Intel Corporation 82579LM Gigabit Network Connection (Lewisville) [8086:1502] (rev 04)
        	Subsystem: Dell Device [1028:0494]
        	Control: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
        	Status: Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-
        	Latency: 0
        	Interrupt: pin A routed to IRQ 27
        	Region 0: Memory at f7e00000 (32-bit, non-prefetchable) [size=128K]
        	Region 1: Memory at f7e39000 (32-bit, non-prefetchable) [size=4K]
        	Region 2: I/O ports at f080 [size=32]
        	Capabilities: [c8] Power Management version 2
        		Flags: PMEClk- DSI+ D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold+)
        		Status: D0 NoSoftRst- PME-Enable- DSel=0 DScale=1 PME-
        	Capabilities: [d0] MSI: Enable+ Count=1/1 Maskable- 64bit+
        		Address: 00000000fee00358  Data: 0000
        	Capabilities: [e0] PCI Advanced Features
        		AFCap: TP+ FLR%s
        		AFCtrl: FLR-
        		AFStatus: TP-
        	Kernel driver in use: e1000e
        """.formatted(flr);
  }

  @Test
  void positive_rootBusFunctionWithoutFlr() {
    Finding f = RuleTest.forRules("VMDP404").vmx("a.vmx", NIC_VM).lspci("lspci-nnvvv.txt", rootBusNic("-"))
        .run().expectMarked().only("VMDP404");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.facts()).containsEntry("address", "0000:00:19.0");
    assertThat(f.facts().get("why")).contains("root bus");
  }

  @Test
  void negative_rootBusFunctionWithAfFlr() {
    RuleTest.forRules("VMDP404").vmx("a.vmx", NIC_VM.replace("# BUG: VMDP404\n", ""))
        .lspci("lspci-nnvvv.txt", rootBusNic("+")).run().expectNone();
  }

  @Test
  void negative_notAssigned() {
    RuleTest.forRules("VMDP404").lspci("lspci-nnvvv.txt", rootBusNic("-")).run().expectNone();
  }
}
