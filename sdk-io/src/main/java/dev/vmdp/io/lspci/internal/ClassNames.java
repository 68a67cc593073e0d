package dev.vmdp.io.lspci.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The class names lspci prints without {@code -n} (from the PCI ID Repository's class list), mapped
 * back to their class codes, so a names-only view still says which functions are bridges.
 *
 * <p>Names that pci.ids gives both to a base class and to its "other" subclass (such as
 * {@code Bridge} or {@code Network controller}, which ESXi's lspci prints for every subclass) are
 * left out: they do not tell the code, so the class stays unknown.
 */
final class ClassNames {
  private static final Map<String, Integer> CODES = table();

  private ClassNames() {}

  /** The class code for a printed class name (any case), or -1 when the name is not known. */
  static int codeOf(String className) {
    Integer code = CODES.get(className.toLowerCase(Locale.ROOT).strip());
    return code == null ? -1 : code;
  }

  private static Map<String, Integer> table() {
    Map<String, Integer> m = new HashMap<>();
    m.put("non-vga unclassified device", 0x0000);
    m.put("vga compatible unclassified device", 0x0001);
    m.put("image coprocessor", 0x0005);
    m.put("scsi storage controller", 0x0100);
    m.put("ide interface", 0x0101);
    m.put("floppy disk controller", 0x0102);
    m.put("ipi bus controller", 0x0103);
    m.put("raid bus controller", 0x0104);
    m.put("ata controller", 0x0105);
    m.put("sata controller", 0x0106);
    m.put("serial attached scsi controller", 0x0107);
    m.put("non-volatile memory controller", 0x0108);
    m.put("universal flash storage controller", 0x0109);
    m.put("ethernet controller", 0x0200);
    m.put("token ring network controller", 0x0201);
    m.put("fddi network controller", 0x0202);
    m.put("atm network controller", 0x0203);
    m.put("isdn controller", 0x0204);
    m.put("worldfip controller", 0x0205);
    m.put("picmg controller", 0x0206);
    m.put("infiniband controller", 0x0207);
    m.put("fabric controller", 0x0208);
    m.put("vga compatible controller", 0x0300);
    m.put("xga compatible controller", 0x0301);
    m.put("3d controller", 0x0302);
    m.put("multimedia video controller", 0x0400);
    m.put("multimedia audio controller", 0x0401);
    m.put("computer telephony device", 0x0402);
    m.put("audio device", 0x0403);
    m.put("ram memory", 0x0500);
    m.put("flash memory", 0x0501);
    m.put("cxl", 0x0502);
    m.put("host bridge", 0x0600);
    m.put("isa bridge", 0x0601);
    m.put("eisa bridge", 0x0602);
    m.put("microchannel bridge", 0x0603);
    m.put("pci bridge", 0x0604);
    m.put("pcmcia bridge", 0x0605);
    m.put("nubus bridge", 0x0606);
    m.put("cardbus bridge", 0x0607);
    m.put("raceway bridge", 0x0608);
    m.put("semi-transparent pci-to-pci bridge", 0x0609);
    m.put("infiniband to pci host bridge", 0x060a);
    m.put("serial controller", 0x0700);
    m.put("parallel controller", 0x0701);
    m.put("multiport serial controller", 0x0702);
    m.put("modem", 0x0703);
    m.put("gpib controller", 0x0704);
    m.put("smard card controller", 0x0705);
    m.put("pic", 0x0800);
    m.put("dma controller", 0x0801);
    m.put("timer", 0x0802);
    m.put("rtc", 0x0803);
    m.put("pci hot-plug controller", 0x0804);
    m.put("sd host controller", 0x0805);
    m.put("iommu", 0x0806);
    m.put("root complex event collector", 0x0807);
    // pci.ids names the base class "Generic system peripheral" and only subclass 80 "System
    // peripheral": the name tells the code (the uncore functions of Xeon sockets print it).
    m.put("system peripheral", 0x0880);
    m.put("keyboard controller", 0x0900);
    m.put("digitizer pen", 0x0901);
    m.put("mouse controller", 0x0902);
    m.put("scanner controller", 0x0903);
    m.put("gameport controller", 0x0904);
    m.put("generic docking station", 0x0a00);
    m.put("386", 0x0b00);
    m.put("486", 0x0b01);
    m.put("pentium", 0x0b02);
    m.put("alpha", 0x0b10);
    m.put("power pc", 0x0b20);
    m.put("mips", 0x0b30);
    m.put("co-processor", 0x0b40);
    m.put("firewire (ieee 1394)", 0x0c00);
    m.put("access bus", 0x0c01);
    m.put("ssa", 0x0c02);
    m.put("usb controller", 0x0c03);
    m.put("fibre channel", 0x0c04);
    m.put("smbus", 0x0c05);
    m.put("infiniband", 0x0c06);
    m.put("ipmi interface", 0x0c07);
    m.put("sercos interface", 0x0c08);
    m.put("canbus", 0x0c09);
    m.put("irda controller", 0x0d00);
    m.put("consumer ir controller", 0x0d01);
    m.put("rf controller", 0x0d10);
    m.put("bluetooth", 0x0d11);
    m.put("broadband", 0x0d12);
    m.put("802.1a controller", 0x0d20);
    m.put("802.1b controller", 0x0d21);
    m.put("i2o", 0x0e00);
    m.put("network and computing encryption device", 0x1000);
    m.put("entertainment encryption device", 0x1010);
    m.put("dpio module", 0x1100);
    m.put("performance counters", 0x1101);
    m.put("communication synchronizer", 0x1110);
    m.put("signal processing management", 0x1120);
    m.put("processing accelerators", 0x1200);
    m.put("non-essential instrumentation", 0x1300);
    m.put("coprocessor", 0x4000);
    return Map.copyOf(m);
  }
}
