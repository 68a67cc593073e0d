package dev.vmdp.benchmarks;

import dev.vmdp.model.pci.PciFunction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates realistic .vmx files for benchmarks: ESXi style (LF, {@code .encoding = "UTF-8"}
 * first, pciBridge block, SCSI disks, several NICs, passthrough devices, slot numbers) and
 * Workstation style ({@code #!/usr/bin/vmware} or windows-1252, often CRLF, USB, sound, shared
 * folders, an escaped multi-line annotation). The same seed gives the same files.
 *
 * <pre>{@code
 * List<byte[]> files = SyntheticVmxFiles.generate(1000, 42L);
 * }</pre>
 */
public final class SyntheticVmxFiles {
  private static final String[] GUESTS = {"rhel7-64", "windows9-64", "ubuntu-64", "centos-64", "windows2019srv-64", "sles12-64"};
  private static final String[] NIC_TYPES = {"vmxnet3", "e1000", "e1000e"};

  private SyntheticVmxFiles() {}

  /**
   * Generates files, about four in five ESXi style.
   *
   * @param count how many files
   * @param seed the random seed
   * @return the files' bytes
   */
  public static List<byte[]> generate(int count, long seed) {
    return generate(count, seed, List.of());
  }

  /**
   * Generates files, about four in five ESXi style, whose passthrough devices are functions of one
   * host (so that a fleet check finds them), or random addresses when none are given.
   *
   * @param count how many files
   * @param seed the random seed
   * @param assignable the host's functions VMs may be given; empty for random addresses
   * @return the files' bytes
   */
  public static List<byte[]> generate(int count, long seed, List<PciFunction> assignable) {
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(random.nextInt(5) == 0 ? workstation(i, random) : esxi(i, random, assignable));
    }
    return out;
  }

  /** One ESXi-style file. */
  static byte[] esxi(int n, SplittableRandom r, List<PciFunction> assignable) {
    Lines l = new Lines("\n");
    l.kv(".encoding", "UTF-8").kv("config.version", "8").kv("virtualHW.version", String.valueOf(7 + r.nextInt(14)));
    l.kv("nvram", "vm-" + n + ".nvram").kv("pciBridge0.present", "TRUE").kv("svga.present", "TRUE");
    for (int b = 4; b <= 7; b++) {
      l.kv("pciBridge" + b + ".present", "TRUE").kv("pciBridge" + b + ".virtualDev", "pcieRootPort")
          .kv("pciBridge" + b + ".functions", "8");
    }
    l.kv("vmci0.present", "TRUE").kv("hpet0.present", "TRUE").kv("floppy0.present", "FALSE");
    int mem = 1024 * (1 + r.nextInt(32));
    l.kv("memSize", String.valueOf(mem)).kv("numvcpus", String.valueOf(1 << r.nextInt(4)));
    l.kv("sched.cpu.units", "mhz").kv("sched.mem.min", String.valueOf(mem)).kv("sched.mem.pin", "TRUE");
    l.kv("powerType.powerOff", "default").kv("powerType.suspend", "default").kv("powerType.reset", "default");
    l.kv("scsi0.virtualDev", "pvscsi").kv("scsi0.present", "TRUE");
    int disks = 1 + r.nextInt(3);
    for (int d = 0; d < disks; d++) {
      l.kv("scsi0:" + d + ".deviceType", "scsi-hardDisk").kv("scsi0:" + d + ".fileName", "vm-" + n + "_" + d + ".vmdk")
          .kv("scsi0:" + d + ".present", "TRUE");
    }
    l.kv("ide0:0.deviceType", "atapi-cdrom").kv("ide0:0.fileName", "CD/DVD drive 0").kv("ide0:0.present", "TRUE");
    int nics = 1 + r.nextInt(4);
    for (int e = 0; e < nics; e++) {
      l.kv("ethernet" + e + ".virtualDev", NIC_TYPES[r.nextInt(NIC_TYPES.length)])
          .kv("ethernet" + e + ".networkName", "VM Network " + e)
          .kv("ethernet" + e + ".addressType", "vpx")
          .kv("ethernet" + e + ".generatedAddress", mac(r))
          .kv("ethernet" + e + ".present", "TRUE");
    }
    l.kv("displayName", "esx-vm-" + n).kv("guestOS", GUESTS[r.nextInt(GUESTS.length)]);
    l.kv("toolScripts.afterPowerOn", "TRUE").kv("toolScripts.beforePowerOff", "TRUE").kv("tools.syncTime", "FALSE");
    l.kv("uuid.bios", uuidSpaced(r)).kv("vc.uuid", uuidSpaced(r));
    l.kv("migrate.hostLog", "./vm-" + n + "-" + Long.toHexString(r.nextLong()).substring(0, 8) + ".hlog");
    l.kv("sched.swap.derivedName", "/vmfs/volumes/" + Long.toHexString(r.nextLong()) + "/vm-" + n + "/vm-" + n + ".vswp");
    int passthrough = r.nextInt(4);
    String systemId = uuid(r);
    for (int p = 0; p < passthrough; p++) {
      int bus = 1 + r.nextInt(200);
      int dev = r.nextInt(32);
      int fn = r.nextInt(8);
      int vendor = 0x10de;
      int device = r.nextInt(0x10000);
      if (!assignable.isEmpty()) {
        PciFunction f = assignable.get(r.nextInt(assignable.size()));
        bus = f.address().bus();
        dev = f.address().device();
        fn = f.address().function();
        vendor = f.id().orElseThrow().vendor();
        device = f.id().orElseThrow().device();
      }
      l.kv("pciPassthru" + p + ".present", "TRUE")
          .kv("pciPassthru" + p + ".id", String.format(Locale.ROOT, "%05d:%03d:%02d.%d", 0, bus, dev, fn))
          .kv("pciPassthru" + p + ".deviceId", String.format(Locale.ROOT, "0x%04x", device))
          .kv("pciPassthru" + p + ".vendorId", String.format(Locale.ROOT, "0x%04x", vendor))
          .kv("pciPassthru" + p + ".systemId", systemId)
          .kv("pciPassthru" + p + ".pciSlotNumber", String.valueOf(224 + 32 * p));
    }
    l.kv("scsi0.pciSlotNumber", "160").kv("ethernet0.pciSlotNumber", "192");
    l.kv("pciBridge0.pciSlotNumber", "17").kv("pciBridge4.pciSlotNumber", "21").kv("pciBridge5.pciSlotNumber", "22")
        .kv("pciBridge6.pciSlotNumber", "23").kv("pciBridge7.pciSlotNumber", "24");
    l.kv("vmotion.checkpointFBSize", "4194304").kv("softPowerOff", "FALSE").kv("tools.remindInstall", "FALSE");
    return l.bytes(StandardCharsets.UTF_8);
  }

  /** One Workstation-style file. */
  static byte[] workstation(int n, SplittableRandom r) {
    Lines l = new Lines(r.nextBoolean() ? "\r\n" : "\n");
    boolean legacy = r.nextBoolean();
    if (legacy) {
      l.raw("#!/usr/bin/vmware");
    } else {
      l.kv(".encoding", "windows-1252");
    }
    l.kv("config.version", "8").kv("virtualHW.version", String.valueOf(10 + r.nextInt(11)));
    l.kv("mks.enable3d", "TRUE").kv("pciBridge0.present", "TRUE");
    for (int b = 4; b <= 7; b++) {
      l.kv("pciBridge" + b + ".present", "TRUE").kv("pciBridge" + b + ".virtualDev", "pcieRootPort")
          .kv("pciBridge" + b + ".functions", "8");
    }
    l.kv("vmci0.present", "TRUE").kv("hpet0.present", "TRUE").kv("nvram", "Windows 10 x64.nvram");
    l.kv("virtualHW.productCompatibility", "hosted").kv("powerType.powerOff", "soft").kv("powerType.powerOn", "soft");
    l.kv("displayName", legacy ? "Workstation VM " + n : "Caf\u00e9 VM " + n).kv("guestOS", GUESTS[r.nextInt(GUESTS.length)]);
    l.kv("tools.syncTime", "FALSE").kv("sound.autoDetect", "TRUE").kv("sound.virtualDev", "hdaudio")
        .kv("sound.fileName", "-1").kv("sound.present", "TRUE");
    l.kv("numvcpus", "2").kv("cpuid.coresPerSocket", "2").kv("memsize", String.valueOf(2048 * (1 + r.nextInt(4))));
    l.kv("nvme0.present", "TRUE").kv("nvme0:0.fileName", "Windows 10 x64.vmdk").kv("nvme0:0.present", "TRUE");
    l.kv("sata0.present", "TRUE").kv("sata0:1.deviceType", "cdrom-image")
        .kv("sata0:1.fileName", "C:\\Users\\me\\Downloads\\Win10_22H2_English_x64.iso").kv("sata0:1.present", "TRUE");
    l.kv("usb.present", "TRUE").kv("ehci.present", "TRUE").kv("usb_xhci.present", "TRUE");
    l.kv("ethernet0.connectionType", "nat").kv("ethernet0.addressType", "generated")
        .kv("ethernet0.virtualDev", "e1000e").kv("ethernet0.present", "TRUE");
    l.kv("extendedConfigFile", "Windows 10 x64.vmxf").kv("floppy0.present", "FALSE");
    l.kv("annotation", "Build " + n + "|0A|0AUser: admin|0APassword: |22secret|22");
    l.kv("sharedFolder0.present", "TRUE").kv("sharedFolder0.enabled", "TRUE")
        .kv("sharedFolder0.hostPath", "D:\\Shared").kv("sharedFolder0.guestName", "Shared")
        .kv("sharedFolder.maxNum", "1");
    l.kv("uuid.bios", uuidSpaced(r)).kv("uuid.location", uuidSpaced(r)).kv("vm.genid", String.valueOf(r.nextLong()));
    l.kv("ethernet0.generatedAddress", mac(r)).kv("ethernet0.pciSlotNumber", "160");
    l.kv("usb.pciSlotNumber", "32").kv("sound.pciSlotNumber", "33").kv("ehci.pciSlotNumber", "34")
        .kv("usb_xhci.pciSlotNumber", "192").kv("svga.vramSize", "268435456");
    l.kv("checkpoint.vmState", "").kv("monitor.phys_bits_used", "45").kv("cleanShutdown", "TRUE");
    return l.bytes(legacy ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
  }

  private static String mac(SplittableRandom r) {
    return String.format(Locale.ROOT, "00:50:56:%02x:%02x:%02x", r.nextInt(64), r.nextInt(256), r.nextInt(256));
  }

  private static String uuid(SplittableRandom r) {
    String h = String.format(Locale.ROOT, "%016x%016x", r.nextLong(), r.nextLong());
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
  }

  private static String uuidSpaced(SplittableRandom r) {
    String h = String.format(Locale.ROOT, "%016x%016x", r.nextLong(), r.nextLong());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 32; i += 2) {
      if (i > 0) {
        sb.append(i == 16 ? '-' : ' ');
      }
      sb.append(h, i, i + 2);
    }
    return sb.toString();
  }

  /** Accumulates lines with one terminator. */
  private static final class Lines {
    private final StringBuilder sb = new StringBuilder(4096);
    private final String eol;

    Lines(String eol) {
      this.eol = eol;
    }

    Lines kv(String key, String value) {
      sb.append(key).append(" = \"").append(value).append('"').append(eol);
      return this;
    }

    Lines raw(String line) {
      sb.append(line).append(eol);
      return this;
    }

    byte[] bytes(Charset cs) {
      return sb.toString().getBytes(cs);
    }
  }
}
