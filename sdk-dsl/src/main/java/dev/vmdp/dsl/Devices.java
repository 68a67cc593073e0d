package dev.vmdp.dsl;

import java.util.function.Consumer;

/**
 * The devices VMware's VMDirectPath guide names, one call away when describing a host. Each preset
 * sets the ids, the class, lspci's name and a PCIe endpoint; capabilities the guide does not state
 * (FLR, NoSoftRst) stay unknown, so add them from lspci when you know them.
 *
 * <pre>{@code
 * Host esx = host("esx01").version("4.0").intelVtd()
 *     .pci("0000:03:00.0", Devices.intel82598())
 *     .pci("0000:05:00.0", Devices.broadcom57711().andThen(d -> d.vmkernelName("vmnic4")))
 *     .build();
 * }</pre>
 */
public final class Devices {
  private Devices() {}

  /** Intel 82598EB 10-Gigabit AF Dual Port (8086:10c6): supported by ESX 4.0, works with MSI. */
  public static Consumer<PciFunctionBuilder> intel82598() {
    return preset(0x8086, 0x10c6, "0200", "Intel Corporation 82598EB 10-Gigabit AF Dual Port Network Connection");
  }

  /** Broadcom NetXtreme II BCM57710 10 GbE (14e4:164e): supported by ESX 4.0; IOAPIC mode on Windows 2003/2008. */
  public static Consumer<PciFunctionBuilder> broadcom57710() {
    return preset(0x14e4, 0x164e, "0200", "Broadcom NetXtreme II BCM57710 10-Gigabit PCIe");
  }

  /** Broadcom NetXtreme II BCM57711 10 GbE (14e4:164f): supported by ESX 4.0; IOAPIC mode on Windows 2003/2008. */
  public static Consumer<PciFunctionBuilder> broadcom57711() {
    return preset(0x14e4, 0x164f, "0200", "Broadcom NetXtreme II BCM57711 10-Gigabit PCIe");
  }

  /** QLogic ISP2532 8 Gb Fibre Channel HBA (1077:2532): works with MSI on Windows 2003. */
  public static Consumer<PciFunctionBuilder> qlogic2532() {
    return preset(0x1077, 0x2532, "0c04", "QLogic Corp. ISP2532-based 8Gb Fibre Channel to PCI Express HBA");
  }

  /** LSI SAS 1068E (1000:0058): works with MSI on Windows 2003. */
  public static Consumer<PciFunctionBuilder> lsiSas1068e() {
    return preset(0x1000, 0x0058, "0107", "LSI Logic / Symbios Logic SAS1068E PCI-Express Fusion-MPT SAS");
  }

  private static Consumer<PciFunctionBuilder> preset(int vendor, int device, String classCode, String name) {
    return d -> d.ids(vendor, device).classCode(classCode).name(name).pcie();
  }
}
