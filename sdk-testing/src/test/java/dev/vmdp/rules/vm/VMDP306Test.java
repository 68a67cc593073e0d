package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.BRIDGE_SLOTS;
import static dev.vmdp.rules.VmxTexts.ROOT_PORTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP306Test {
  /** An ESX 4.0 Windows Server 2003 VM with a Broadcom 57710 passed through, MSI left at its default. */
  static final String W2K3 = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "7"
      pciBridge0.present = "TRUE"
      """ + ROOT_PORTS + """
      nvram = "w2k3.nvram"
      displayName = "w2k3"
      memsize = "2048"
      scsi0.present = "TRUE"
      scsi0.virtualDev = "lsilogic"
      scsi0:0.present = "TRUE"
      scsi0:0.fileName = "w2k3.vmdk"
      guestOS = "winNetEnterprise"
      sched.mem.minsize = "2048"
      pciPassthru0.present = "TRUE"
      # BUG: VMDP306
      pciPassthru0.deviceId = "164e"
      pciPassthru0.vendorId = "14e4"
      pciPassthru0.systemId = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
      pciPassthru0.id = "05:00.0"
      pciPassthru0.pciSlotNumber = "160"
      scsi0.pciSlotNumber = "16"
      """ + BRIDGE_SLOTS;

  /** {@code lspci -nn -vvv} of the ESX 4.0 host's Broadcom 57711 at 05:00.0. */
  static final String BCM57711 = """
      05:00.0 Ethernet controller [0200]: Broadcom Corporation NetXtreme II BCM57711 10-Gigabit PCIe [14e4:164f] (rev 01)
      	Subsystem: Broadcom Corporation Device [14e4:1015]
      	Control: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      	Region 0: Memory at f4000000 (64-bit, non-prefetchable) [size=32M]
      	Capabilities: [48] Power Management version 3
      		Flags: PMEClk- DSI- D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold+)
      		Status: D0 NoSoftRst- PME-Enable- DSel=0 DScale=1 PME-
      	Capabilities: [a0] Express (v2) Endpoint, MSI 00
      		DevCap:	MaxPayload 512 bytes, PhantFunc 0, Latency L0s <4us, L1 <64us
      			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset- SlotPowerLimit 0W
      	Kernel driver in use: bnx2x
      """;

  @Test
  void positive_broadcom57710InWindows2003WithDefaultMsi_fixTurnsMsiOff() {
    Checked c = RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k3.vmx", W2K3).run().expectMarked();
    Finding f = c.only("VMDP306");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subject()).isEqualTo("vm w2k3 pciPassthru0");
    assertThat(f.facts()).containsEntry("vendorId", "14e4").containsEntry("deviceId", "164e")
        .containsEntry("device", "Broadcom 57710").containsEntry("guestFamily", "Windows 2003")
        .containsEntry("guestOs", "winNetEnterprise").containsEntry("msiEnabled", "absent");
    assertThat(f.fixes()).hasSize(1);
    c.fix()
        .expectEdits("set pciPassthru0.msiEnabled = \"FALSE\"")
        .expectWritten("w2k3.vmx", "pciPassthru0.msiEnabled = \"FALSE\"")
        .recheck().expectNone();
  }

  @Test
  void positive_57711InWindows2008R2WithMsiTrueAndIdsFromTheHost() {
    // The entry names no ids (VMDP310's business): the host's lspci says what is at 05:00.0.
    String w2k8 = W2K3.replace("guestOS = \"winNetEnterprise\"", "guestOS = \"windows7srv-64\"")
        .replace("# BUG: VMDP306\npciPassthru0.deviceId = \"164e\"\npciPassthru0.vendorId = \"14e4\"\n", "")
        .replace("pciPassthru0.pciSlotNumber = \"160\"\n", """
            pciPassthru0.pciSlotNumber = "160"
            # BUG: VMDP306
            pciPassthru0.msiEnabled = "TRUE"
            """);
    Finding f = RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k8.vmx", w2k8).lspci("lspci-nnvvv.txt", BCM57711)
        .run().expectMarked().only("VMDP306");
    assertThat(f.facts()).containsEntry("device", "Broadcom 57711").containsEntry("msiEnabled", "TRUE")
        .containsEntry("guestFamily", "Windows 2008 R2");
    RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k8.vmx", w2k8.replace("windows7srv-64", "LONGHORN-64"))
        .lspci("lspci-nnvvv.txt", BCM57711).run().expectMarked();
  }

  @Test
  void negative_ioapicAlready() {
    String ioapic = W2K3.replace("# BUG: VMDP306\n", "").replace("guestOS = \"winNetEnterprise\"", "guestOS = \"winNetStandard\"")
        .replace("pciPassthru0.pciSlotNumber = \"160\"\n",
            "pciPassthru0.pciSlotNumber = \"160\"\npciPassthru0.msiEnabled = \"FALSE\"\n");
    RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k3.vmx", ioapic).run().expectNone();
  }

  @Test
  void negative_otherGuests() {
    String clean = W2K3.replace("# BUG: VMDP306\n", "");
    for (String guest : new String[] {"windows9srv-64", "rhel4", ""}) {
      RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k3.vmx", clean.replace("winNetEnterprise", guest)).run()
          .expectNone();
    }
    RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k3.vmx", clean.replace("guestOS = \"winNetEnterprise\"\n", ""))
        .run().expectNone();
  }

  @Test
  void negative_otherDeviceOrIdsUnknown() {
    String clean = W2K3.replace("# BUG: VMDP306\n", "");
    RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k3.vmx", clean.replace("\"164e\"", "\"1662\"")).run().expectNone();
    String noIds = clean.replace("pciPassthru0.deviceId = \"164e\"\npciPassthru0.vendorId = \"14e4\"\n", "")
        .replace("\"05:00.0\"", "\"09:00.0\"");
    RuleTest.forRules("VMDP306").esx("4.0").vmx("w2k3.vmx", noIds).lspci("lspci-nnvvv.txt", BCM57711).run()
        .expectNone();
  }
}
