package dev.vmdp.model.pci;

import java.util.List;

/**
 * A realistic two-segment host for topology tests.
 *
 * <pre>
 * 0000:00:00.0 host bridge 8086:3c00 (0600)
 * 0000:00:01.0 root port [01]        -- 01:00.0 GPU 10de:1eb8, 01:00.1 HDMI audio 10de:10f8
 * 0000:00:02.0 root port [03]        -- 03:00.0, 03:00.1 Intel 82598 dual port 8086:10c6
 * 0000:00:03.0 root port [04-08]     -- 04:00.0 switch upstream [05-08]
 *                                         05:00.0 downstream [06-07] -- 06:00.0 PCIe-to-PCI bridge [07]
 *                                                                          -- 07:01.0, 07:02.0 conventional NICs
 *                                         05:01.0 downstream [08]    -- 08:00.0, 08:00.1 QLogic 2532
 * 0000:00:1f.0 ISA bridge (0601), 0000:00:1f.2 SATA (root complex integrated)
 * 0001:00:00.0 root port [01]        -- 0001:01:00.0, 0001:01:00.1 Broadcom 57712
 * </pre>
 */
final class TestTopology {
  private TestTopology() {}

  static PciFunction.Builder fn(String address, int vendor, int device, String classCode) {
    return PciFunction.builder()
        .address(PciAddress.parse(address))
        .id(PciId.of(vendor, device))
        .classCode(ClassCode.parse(classCode));
  }

  static PciFunction port(String address, PortType type, int primary, int secondary, int subordinate) {
    return fn(address, 0x8086, 0x3c02, "0604").portType(type).bridge(BusRange.of(primary, secondary, subordinate))
        .acs(Acs.notCapable()).build();
  }

  static List<PciFunction> functions() {
    return List.of(
        fn("0000:00:00.0", 0x8086, 0x3c00, "0600").portType(PortType.ROOT_COMPLEX_INTEGRATED_ENDPOINT).build(),
        port("0000:00:01.0", PortType.ROOT_PORT, 0, 1, 1),
        fn("0000:01:00.0", 0x10de, 0x1eb8, "0300").portType(PortType.ENDPOINT).flr(false)
            .addBar(Bar.builder().index(0).size(16L << 20).kind(BarKind.MEMORY).build())
            .addBar(Bar.builder().index(1).size(16L << 30).kind(BarKind.MEMORY).sixtyFourBit(true).prefetchable(true).build())
            .addBar(Bar.builder().index(3).size(32L << 20).kind(BarKind.MEMORY).sixtyFourBit(true).prefetchable(true).build())
            .addBar(Bar.builder().index(5).size(128).kind(BarKind.IO).build())
            .addBar(Bar.builder().index(Bar.ROM).size(512 * 1024).kind(BarKind.MEMORY).build())
            .build(),
        fn("0000:01:00.1", 0x10de, 0x10f8, "0403").portType(PortType.ENDPOINT).flr(false).build(),
        port("0000:00:02.0", PortType.ROOT_PORT, 0, 3, 3),
        fn("0000:03:00.0", 0x8086, 0x10c6, "0200").portType(PortType.ENDPOINT).flr(false).noSoftReset(false)
            .vmkernelName("vmnic0").build(),
        fn("0000:03:00.1", 0x8086, 0x10c6, "0200").portType(PortType.ENDPOINT).flr(false).noSoftReset(false)
            .vmkernelName("vmnic1").build(),
        port("0000:00:03.0", PortType.ROOT_PORT, 0, 4, 8),
        port("0000:04:00.0", PortType.UPSTREAM_PORT, 4, 5, 8),
        port("0000:05:00.0", PortType.DOWNSTREAM_PORT, 5, 6, 7),
        port("0000:05:01.0", PortType.DOWNSTREAM_PORT, 5, 8, 8),
        port("0000:06:00.0", PortType.PCIE_TO_PCI_BRIDGE, 6, 7, 7),
        fn("0000:07:01.0", 0x8086, 0x1076, "0200").portType(PortType.CONVENTIONAL).build(),
        fn("0000:07:02.0", 0x8086, 0x1076, "0200").portType(PortType.CONVENTIONAL).build(),
        fn("0000:08:00.0", 0x1077, 0x2532, "0c04").portType(PortType.ENDPOINT).flr(true).build(),
        fn("0000:08:00.1", 0x1077, 0x2532, "0c04").portType(PortType.ENDPOINT).flr(true).build(),
        fn("0000:00:1f.0", 0x8086, 0x1d41, "0601").build(),
        fn("0000:00:1f.2", 0x8086, 0x1d02, "0106").portType(PortType.ROOT_COMPLEX_INTEGRATED_ENDPOINT).build(),
        port("0001:00:00.0", PortType.ROOT_PORT, 0, 1, 1),
        fn("0001:01:00.0", 0x14e4, 0x1662, "0200").portType(PortType.ENDPOINT).build(),
        fn("0001:01:00.1", 0x14e4, 0x1662, "0200").portType(PortType.ENDPOINT).build());
  }

  static PciTopology topology() {
    return PciTopology.of(functions());
  }
}
