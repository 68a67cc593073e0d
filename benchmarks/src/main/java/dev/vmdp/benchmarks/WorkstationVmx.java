package dev.vmdp.benchmarks;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One .vmx as VMware Workstation and Fusion write it, after the files of ../shared/corpus/vmx:
 * {@code .encoding} UTF-8, windows-1252 or GBK with such characters in names and paths (or a
 * {@code #!/usr/bin/vmware} first line and no encoding), CRLF on about two in five, sound, USB
 * controllers and devices, shared folders, the long {@code vmotion.svga.*} block, sometimes
 * {@code #} comment blocks and an unquoted value (which Workstation accepts and VMDP604 warns
 * about). A damaged file declares UTF-8 but holds a windows-1252 byte, as a copied shared-folder
 * path does in the corpus (VMDP605, an ERROR, on purpose).
 */
final class WorkstationVmx {
  private static final String[] GUESTS = {"windows9-64", "windows11-64", "ubuntu-64", "centos7-64", "darwin19-64",
      "other5xlinux-64", "freebsd12-64"};
  private static final String[] SVGA_CAPS = {"supports3D", "baseCapsLevel", "maxPointSize", "maxTextureSize",
      "maxVolumeExtent", "maxTextureAnisotropy", "lineStipple", "dxMaxConstantBuffers", "dxProvokingVertex", "sm41",
      "multisample2x", "multisample4x", "msFullQuality", "logicOps", "bc67", "sm5", "multisample8x", "logicBlendOps"};

  private WorkstationVmx() {}

  /**
   * Writes one file.
   *
   * @param n the file's number (its name)
   * @param r the random stream
   * @param targetBytes about how large the file grows
   * @param damaged whether to put a byte that is not UTF-8 in a file that declares UTF-8
   * @return the bytes
   */
  static byte[] write(int n, SplittableRandom r, int targetBytes, boolean damaged) {
    VmxLines l = new VmxLines(r.nextInt(5) < 2 ? "\r\n" : "\n");
    int style = r.nextInt(20);
    boolean lean = targetBytes < 3400;
    Charset cs;
    String owner;
    String folder;
    if (damaged) {
      l.kv(".encoding", "UTF-8");
      cs = Charset.forName("windows-1252");
      owner = "user";
      folder = "D:\\Partag\u00e9";
    } else if (style < 3) {
      l.raw("#!/usr/bin/vmware");
      cs = StandardCharsets.UTF_8;
      owner = "user";
      folder = "/home/user/shared";
    } else if (style < 7) {
      l.kv(".encoding", "windows-1252");
      cs = Charset.forName("windows-1252");
      owner = "J\u00fcrgen";
      folder = "C:\\Users\\J\u00fcrgen\\Documents\\Fr\u00e9d\u00e9ric";
    } else if (style < 9) {
      l.kv(".encoding", "GBK");
      cs = Charset.forName("GBK");
      owner = "\u5f20\u4f1f";
      folder = "D:\\Virtual Machines\\\u5171\u4eab\u6587\u4ef6\u5939";
    } else {
      l.kv(".encoding", "UTF-8");
      cs = StandardCharsets.UTF_8;
      owner = "user";
      folder = "C:\\Users\\user\\Shared";
    }
    String guest = VmxLines.pick(r, GUESTS);
    String name = (guest.startsWith("windows") ? "Windows 10 x64 " : "Linux ") + owner + " " + n;
    boolean comments = r.nextInt(7) == 0;
    l.kv("config.version", "8").kv("virtualHW.version", String.valueOf(14 + r.nextInt(8)));
    comment(l, comments, "PCI Bus");
    l.kv("mks.enable3d", "TRUE").kv("pciBridge0.present", "TRUE");
    for (int b = 4; b <= 7; b++) {
      l.kv("pciBridge" + b + ".present", "TRUE").kv("pciBridge" + b + ".virtualDev", "pcieRootPort")
          .kv("pciBridge" + b + ".functions", "8");
    }
    l.kv("vmci0.present", "TRUE").kv("hpet0.present", "TRUE").kv("nvram", name + ".nvram")
        .kv("virtualHW.productCompatibility", "hosted");
    if (!lean) {
      l.kv("powerType.powerOff", "soft").kv("powerType.powerOn", "soft").kv("powerType.suspend", "soft")
          .kv("powerType.reset", "soft");
    }
    l.kv("displayName", name).kv("usb.vbluetooth.startConnected", "TRUE").kv("guestOS", guest)
        .kv("tools.syncTime", "TRUE");
    if (!lean) {
      l.kv("sound.autoDetect", "TRUE").kv("sound.virtualDev", "hdaudio").kv("sound.fileName", "-1")
          .kv("sound.present", "TRUE").kv("sound.pciSlotNumber", "33");
    }
    int cpus = 1 << r.nextInt(3);
    l.kv("numvcpus", String.valueOf(cpus)).kv("cpuid.coresPerSocket", String.valueOf(cpus))
        .kv("memsize", String.valueOf(1024 * (2 << r.nextInt(4)))).kv("mem.hotadd", "TRUE");
    comment(l, comments, "Storage");
    l.kv("sata0.present", "TRUE").kv("nvme0.present", "TRUE").kv("nvme0:0.fileName", name + ".vmdk")
        .kv("nvme0:0.present", "TRUE");
    if (r.nextInt(10) == 0) {
      l.raw("nvme0:0.virtualSSD = 1");
    }
    l.kv("sata0:1.deviceType", "cdrom-image").kv("sata0:1.fileName", "C:\\Users\\" + owner + "\\Downloads\\install.iso")
        .kv("sata0:1.present", "TRUE");
    l.kv("usb.present", "TRUE").kv("ehci.present", "TRUE").kv("usb_xhci.present", "TRUE")
        .kv("svga.graphicsMemoryKB", "8388608");
    comment(l, comments, "Networking");
    l.kv("ethernet0.connectionType", r.nextBoolean() ? "nat" : "bridged").kv("ethernet0.addressType", "generated")
        .kv("ethernet0.virtualDev", "e1000e").kv("ethernet0.present", "TRUE");
    if (!lean) {
      l.kv("serial0.fileType", "thinprint").kv("serial0.fileName", "thinprint").kv("serial0.present", "TRUE");
    }
    l.kv("extendedConfigFile", name + ".vmxf").kv("floppy0.present", "FALSE");
    if (!lean) {
      l.kv("numa.autosize.cookie", cpus + "0042").kv("numa.autosize.vcpu.maxPerVirtualNode", String.valueOf(cpus));
    }
    String uuid = VmxLines.uuidSpaced(r);
    l.kv("uuid.bios", uuid).kv("uuid.location", uuid).kv("vm.genid", String.valueOf(r.nextLong()))
        .kv("vm.genidX", String.valueOf(r.nextLong())).kv("nvme0:0.redo", "");
    l.kv("pciBridge0.pciSlotNumber", "17").kv("pciBridge4.pciSlotNumber", "21").kv("pciBridge5.pciSlotNumber", "22")
        .kv("pciBridge6.pciSlotNumber", "23").kv("pciBridge7.pciSlotNumber", "24").kv("usb.pciSlotNumber", "32")
        .kv("ethernet0.pciSlotNumber", "160").kv("ehci.pciSlotNumber", "34")
        .kv("usb_xhci.pciSlotNumber", "192").kv("sata0.pciSlotNumber", "35").kv("nvme0.pciSlotNumber", "224");
    l.kv("svga.vramSize", "268435456");
    if (!lean) {
      l.kv("vmotion.checkpointFBSize", "4194304").kv("vmotion.checkpointSVGAPrimarySize", "268435456")
          .kv("vmotion.svga.mobMaxSize", "1073741824").kv("vmotion.svga.graphicsMemoryKB", "8388608");
    }
    if (!lean && r.nextBoolean()) {
      for (String cap : SVGA_CAPS) {
        l.kv("vmotion.svga." + cap, String.valueOf(r.nextInt(2) == 0 ? 1 : 9));
      }
    }
    l.kv("ethernet0.generatedAddress", VmxLines.mac(r, "00:0c:29")).kv("ethernet0.generatedAddressOffset", "0")
        .kv("vmci0.id", String.valueOf(r.nextInt())).kv("monitor.phys_bits_used", "45").kv("cleanShutdown", "FALSE")
        .kv("softPowerOff", "FALSE").kv("gui.enableStretchGuest", "TRUE")
        .kv("tools.upgrade.policy", "upgradeAtPowerCycle").kv("toolsInstallManager.lastInstallError", "0")
        .kv("svga.guestBackedPrimaryAware", "TRUE").kv("tools.remindInstall", "FALSE")
        .kv("toolsInstallManager.updateCounter", String.valueOf(1 + r.nextInt(9)));
    l.kv("guestInfo.detailed.data", GuestPayloads.detailedData(r, guest.startsWith("windows")));
    comment(l, comments, "Shared folders");
    l.kv("isolation.tools.hgfs.disable", "FALSE").kv("sharedFolder0.present", "TRUE").kv("sharedFolder0.enabled", "TRUE")
        .kv("sharedFolder0.readAccess", "TRUE").kv("sharedFolder0.writeAccess", "TRUE")
        .kv("sharedFolder0.hostPath", folder).kv("sharedFolder0.guestName", folder.substring(folder.lastIndexOf('\\') + 1))
        .kv("sharedFolder0.expiration", "never").kv("sharedFolder.maxNum", "1").kv("hgfs.mapRootShare", "TRUE");
    l.kv("checkpoint.vmState", "");
    if (r.nextInt(3) == 0) {
      l.kv("annotation", GuestPayloads.annotation(r, n));
    }
    // Larger files: more USB devices and shared folders.
    for (int i = 1; l.size() < targetBytes - 150 && l.lines() < 360 && i < 30; i++) {
      if (i % 2 == 1) {
        String k = "usb_xhci:" + (3 + i / 2);
        l.kv(k + ".present", "TRUE").kv(k + ".deviceType", i % 3 == 0 ? "hub" : "hid")
            .kv(k + ".port", String.valueOf(3 + i / 2)).kv(k + ".parent", "-1").kv(k + ".speed", "2");
      } else {
        String k = "sharedFolder" + (i / 2);
        l.kv(k + ".present", "TRUE").kv(k + ".enabled", "TRUE").kv(k + ".readAccess", "TRUE")
            .kv(k + ".writeAccess", "FALSE").kv(k + ".hostPath", folder + "\\project-" + i)
            .kv(k + ".guestName", "project-" + i).kv(k + ".expiration", "never");
      }
    }
    l.kv("floppy0.fileName", "").kv("unity.wasCapable", "TRUE");
    return l.bytes(cs);
  }

  private static void comment(VmxLines l, boolean comments, String title) {
    if (comments) {
      l.raw("#").raw("# " + title).raw("#");
    }
  }
}
