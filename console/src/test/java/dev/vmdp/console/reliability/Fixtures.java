package dev.vmdp.console.reliability;

import java.nio.charset.StandardCharsets;

/** Small, realistic, valid inputs of each kind the CLI reads (the project's own, written for these tests). */
final class Fixtures {
  private Fixtures() {}

  static final String VMX = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "7"
      displayName = "RHEL3"
      guestOS = "rhel3"
      memsize = "1024"
      pciPassthru0.present = "TRUE"
      pciPassthru0.id = "03:00.0"
      pciPassthru0.deviceId = "0x10b9"
      pciPassthru0.vendorId = "0x8086"
      pciPassthru0.systemId = "4a1f5d0c-3b2e-11de-8c5f-001cc4a1b2c3"
      """;

  static final String LSPCI = """
      00:00.0 Host bridge [0600]: Intel Corporation 5520 I/O Hub to ESI Port [8086:3406] (rev 22)
      \tSubsystem: Intel Corporation Device [8086:0000]
      \tControl: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr+ Stepping- SERR+ FastB2B- DisINTx-

      00:07.0 PCI bridge [0604]: Intel Corporation 5520/5500/X58 I/O Hub PCI Express Root Port 7 [8086:340e] (rev 22)
      \tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr+ Stepping- SERR+ FastB2B- DisINTx+
      \tBus: primary=00, secondary=03, subordinate=03, sec-latency=0

      03:00.0 Ethernet controller [0200]: Intel Corporation 82572EI Gigabit Ethernet Controller (Copper) [8086:10b9] (rev 06)
      \tSubsystem: Intel Corporation PRO/1000 PT Desktop Adapter [8086:1083]
      \tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      """;

  static final String ESXCLI = """
      0000:03:00.0
         Address: 0000:03:00.0
         Segment: 0x0000
         Bus: 0x03
         Slot: 0x00
         Function: 0x0
         VMkernel Name: vmnic2
         Vendor Name: Intel Corporation
         Device Name: 82572EI Gigabit Ethernet Controller (Copper)
         Configured Owner: VM Passthru
         Current Owner: VM Passthru
         Vendor ID: 0x8086
         Device ID: 0x10b9
         Device Class: 0x0200
         Device Class Name: Ethernet controller
         Passthru Capable: true
         Parent Device: PCI 0:0:7:0
         Dependent Device: PCI 0:3:0:0
         Reset Method: Function reset

      0000:04:00.0
         Address: 0000:04:00.0
         Segment: 0x0000
         Bus: 0x04
         Slot: 0x00
         Function: 0x0
         Vendor Name: LSI Logic / Symbios Logic
         Device Name: SAS1068E PCI-Express Fusion-MPT SAS
         Configured Owner: VMkernel
         Current Owner: VMkernel
         Vendor ID: 0x1000
         Device ID: 0x0058
         Device Class: 0x0107
      """;

  static final String MAP = """
      # vendor device resetMethod fptShareable
      8086 10b9 d3d0 default
      1000 0058 link false
      """;

  static final String ESX_CONF = """
      /system/uuid = "4a1f5d0c-3b2e-11de-8c5f-001cc4a1b2c3"
      /device/000:03.0/owner = "passthru"
      /device/000:04.0/owner = "vmkernel"
      """;

  static final String MODULES = """
      Name                    Used Size (kb)
      vmkernel                57
      iommu                   0         12
      e1000e                  1         208
      """;

  static final String LOG = """
      2009-06-12T10:21:03.456Z| vmx| Log for VMware ESX pid=4211 version=4.0.0 build=build-164009
      2009-06-12T10:21:04.001Z| vmx| PCIPassthru: 003:00.0 : Device is not a valid passthrough device
      2009-06-12T10:21:04.002Z| vmx| Msg_Post: Error
      """;

  static final String SCRIPT = "int answer = 6 * 7;\n";

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
