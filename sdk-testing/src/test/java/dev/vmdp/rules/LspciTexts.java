package dev.vmdp.rules;

/** Host {@code lspci -vvv} output (Linux pciutils, as a live CD or an exported inventory shows it) for the rule tests. */
public final class LspciTexts {
  private LspciTexts() {}

  /** One NVIDIA A100 80GB function with its 128 GB BAR1, at the given bus (hex, two digits). */
  public static String a100(String bus) {
    return bus + """
        :00.0 3D controller [0302]: NVIDIA Corporation GA100 [A100 PCIe 80GB] [10de:20b5] (rev a1)
        	Subsystem: NVIDIA Corporation Device [10de:1533]
        	Control: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr+ Stepping- SERR+ FastB2B- DisINTx+
        	Region 0: Memory at e8000000 (32-bit, non-prefetchable) [size=16M]
        	Region 1: Memory at 21c000000000 (64-bit, prefetchable) [size=128G]
        	Region 3: Memory at 21e000000000 (64-bit, prefetchable) [size=32M]
        	Capabilities: [60] Power Management version 3
        		Flags: PMEClk- DSI- D1- D2- AuxCurrent=0mA PME(D0-,D1-,D2-,D3hot-,D3cold-)
        		Status: D0 NoSoftRst+ PME-Enable- DSel=0 DScale=0 PME-
        	Capabilities: [78] Express (v2) Endpoint, MSI 00
        		DevCap:	MaxPayload 256 bytes, PhantFunc 0, Latency L0s unlimited, L1 <64us
        			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset+ SlotPowerLimit 75.000W
        	Kernel driver in use: nvidia

        """;
  }

  /** A GeForce RTX 2080 (a consumer-class GPU, display class) at a bus. */
  public static String geforce(String bus) {
    return bus + """
        :00.0 VGA compatible controller [0300]: NVIDIA Corporation TU104 [GeForce RTX 2080] [10de:1e82] (rev a1)
        	Subsystem: NVIDIA Corporation Device [10de:12b0]
        	Region 0: Memory at f6000000 (32-bit, non-prefetchable) [size=16M]
        	Region 1: Memory at e0000000 (64-bit, prefetchable) [size=256M]
        	Region 3: Memory at f0000000 (64-bit, prefetchable) [size=32M]
        	Capabilities: [78] Express (v2) Legacy Endpoint, MSI 00
        		DevCap:	MaxPayload 256 bytes, PhantFunc 0, Latency L0s unlimited, L1 <64us
        			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset- SlotPowerLimit 75.000W

        """;
  }

  /** An ESXi 8 host's functions as {@code lspci -Dnn} prints them: two XXV710 ports, an A100, a host bridge. */
  public static final String HOST_NN = """
      0000:00:00.0 Host bridge [0600]: Intel Corporation Sky Lake-E DMI3 Registers [8086:2020] (rev 07)
      0000:1a:00.0 Ethernet controller [0200]: Intel Corporation Ethernet Controller XXV710 for 25GbE SFP28 [8086:158b] (rev 02)
      0000:1a:00.1 Ethernet controller [0200]: Intel Corporation Ethernet Controller XXV710 for 25GbE SFP28 [8086:158b] (rev 02)
      0000:3b:00.0 3D controller [0302]: NVIDIA Corporation GA100 [A100 PCIe 80GB] [10de:20b5] (rev a1)
      """;

  /** The XXV710 port 1a:00.1 as {@code lspci -vvv} shows it with SR-IOV off ({@code Number of VFs: 0}). */
  public static final String XXV710_NO_VFS = """
      1a:00.1 Ethernet controller [0200]: Intel Corporation Ethernet Controller XXV710 for 25GbE SFP28 [8086:158b] (rev 02)
      	Subsystem: Intel Corporation Ethernet Network Adapter XXV710 [8086:0000]
      	Region 0: Memory at c5000000 (64-bit, prefetchable) [size=16M]
      	Region 3: Memory at c6008000 (64-bit, prefetchable) [size=32K]
      	Capabilities: [a0] Express (v2) Endpoint, MSI 00
      		DevCap:	MaxPayload 2048 bytes, PhantFunc 0, Latency L0s <512ns, L1 <64us
      			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset+ SlotPowerLimit 0.000W
      	Capabilities: [160 v1] Single Root I/O Virtualization (SR-IOV)
      		IOVCap:	Migration-, Interrupt Message Number: 000
      		IOVCtl:	Enable- Migration- Interrupt- MSE- ARIHierarchy-
      		IOVSta:	Migration-
      		Initial VFs: 64, Total VFs: 64, Number of VFs: 0, Function Dependency Link: 01
      		VF offset: 79, stride: 1, Device ID: 154c
      	Kernel driver in use: i40en

      """;
}
