package dev.vmdp.benchmarks;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One .vmx as ESXi 6.7 to 8.0 writes it (LF, {@code .encoding = "UTF-8"} first, keys in the order
 * the host adds them), after the files of ../shared/corpus/vmx: disks and NICs with their
 * {@code sched.*} and slot keys, {@code tools.*}, {@code guestinfo.*} (with the escaped appInfo
 * JSON of VMware Tools 12 or cloud-init's base64 metadata when the file is large),
 * {@code guestInfo.detailed.data}, {@code svga.*}, {@code numa.*}, {@code migrate.*} and
 * passthrough of the four kinds: fixed ({@code id}, ids, systemId), Dynamic DirectPath
 * ({@code allowedDevices}), NVIDIA vGPU ({@code vgpu} and {@code cfg.*}, no id) and SR-IOV
 * adapters numbered down from 31 ({@code pfId}, {@code systemId = "BYPASS"}, ids {@code "0"}).
 */
final class EsxiVmx {
  private static final String[] LINUX = {"ubuntu-64", "rhel8-64", "rhel9-64", "debian11-64", "debian12-64", "centos7-64",
      "sles15-64", "other5xlinux-64"};
  private static final String[] WINDOWS = {"windows2019srv-64", "windows2019srvNext-64", "windows9srv-64", "windows9-64"};
  private static final String[] NIC = {"vmxnet3", "vmxnet3", "vmxnet3", "e1000e", "e1000"};
  private static final String[] SCSI = {"pvscsi", "lsisas1068", "lsilogic"};

  private EsxiVmx() {}

  /**
   * Writes one file.
   *
   * @param n the file's number (its name)
   * @param r the random stream
   * @param sources what passthrough entries name
   * @param targetBytes about how large the file grows (long values fill it)
   * @param targetLines about how many lines it has (disks, NICs and small keys make them)
   * @return the bytes
   */
  static byte[] write(int n, SplittableRandom r, PassthroughSources sources, int targetBytes, int targetLines) {
    VmxLines l = new VmxLines("\n");
    // A small file is a lean one (fewer optional blocks); many lines come from disks and NICs.
    boolean lean = targetBytes < 4000;
    int extra = Math.max(0, targetLines - 125);
    boolean windows = r.nextInt(3) == 0;
    int hw = r.nextInt(7) == 0 ? 13 + r.nextInt(3) : 17 + r.nextInt(5);
    String name = (windows ? "win-" : "lnx-") + String.format(Locale.ROOT, "%05d", n);
    int cpus = 1 << r.nextInt(5);
    int mem = 1024 * (2 << r.nextInt(6));
    l.kv(".encoding", "UTF-8").kv("config.version", "8").kv("virtualHW.version", String.valueOf(hw));
    l.kv("vmci0.present", "TRUE").kv("floppy0.present", "FALSE").kv("numvcpus", String.valueOf(cpus))
        .kv("memSize", String.valueOf(mem));
    if (cpus > 2 && r.nextBoolean()) {
      l.kv("cpuid.coresPerSocket", String.valueOf(cpus / 2));
    }
    l.kv("tools.upgrade.policy", r.nextBoolean() ? "manual" : "upgradeAtPowerCycle").kv("sched.cpu.units", "mhz")
        .kv("vm.createDate", String.valueOf(1_500_000_000_000_000L + (r.nextLong() & 0xffffffffffffL)));
    if (hw >= 17 && r.nextInt(3) == 0) {
      l.kv("firmware", "efi").kv("uefi.secureBoot.enabled", r.nextBoolean() ? "TRUE" : "FALSE");
    }
    String scsi = VmxLines.pick(r, SCSI);
    l.kv("scsi0.virtualDev", scsi).kv("scsi0.present", "TRUE");
    int disks = Math.min(15, 1 + r.nextInt(lean ? 1 : 2) + extra / 14);
    for (int c = 1; c <= (disks - 1) / 4; c++) {
      l.kv("scsi" + c + ".virtualDev", scsi).kv("scsi" + c + ".present", "TRUE")
          .kv("scsi" + c + ".pciSlotNumber", String.valueOf(1184 + 32 * c));
    }
    for (int d = 0; d < disks; d++) {
      String k = "scsi" + d / 4 + ":" + d % 4;
      l.kv(k + ".deviceType", "scsi-hardDisk").kv(k + ".fileName", name + (d == 0 ? "" : "_" + d) + ".vmdk")
          .kv("sched." + k + ".shares", "normal").kv("sched." + k + ".throughputCap", "off").kv(k + ".present", "TRUE");
    }
    l.kv("ide0:0.startConnected", "FALSE").kv("ide0:0.deviceType", "atapi-cdrom")
        .kv("ide0:0.fileName", "/vmfs/devices/cdrom/mpx.vmhba0:C0:T0:L0").kv("ide0:0.present", "TRUE");
    int nics = Math.min(10, 1 + r.nextInt(lean ? 1 : 2) + extra / 18);
    for (int e = 0; e < nics; e++) {
      String k = "ethernet" + e;
      l.kv(k + ".virtualDev", VmxLines.pick(r, NIC));
      if (!lean && r.nextBoolean()) {
        l.kv(k + ".dvs.switchId", VmxLines.hex(r, 2) + " " + VmxLines.hex(r, 2) + " 3a 50 d0 e4 7f 1c-8e 2b 0c 6d 9f 41 a7 "
            + VmxLines.hex(r, 2)).kv(k + ".dvs.portId", String.valueOf(r.nextInt(4000)))
            .kv(k + ".dvs.portgroupId", "dvportgroup-" + (1000 + r.nextInt(9000)))
            .kv(k + ".dvs.connectionId", String.valueOf(r.nextInt(Integer.MAX_VALUE)));
      } else {
        l.kv(k + ".networkName", e == 0 ? "VM Network" : "vlan-" + (100 + r.nextInt(900)));
      }
      l.kv(k + ".addressType", "vpx").kv(k + ".generatedAddress", VmxLines.mac(r, "00:50:56"))
          .kv(k + ".uptCompatibility", "TRUE").kv(k + ".present", "TRUE");
    }
    l.kv("displayName", name).kv("guestOS", VmxLines.pick(r, windows ? WINDOWS : LINUX));
    if (!lean) {
      l.kv("toolScripts.afterPowerOn", "TRUE").kv("toolScripts.afterResume", "TRUE")
          .kv("toolScripts.beforeSuspend", "TRUE").kv("toolScripts.beforePowerOff", "TRUE");
    }
    l.kv("tools.syncTime", "FALSE").kv("uuid.bios", VmxLines.uuidSpaced(r)).kv("vc.uuid", VmxLines.uuidSpaced(r))
        .kv("tools.guest.desktop.autolock", "FALSE").kv("nvram", name + ".nvram");
    l.kv("pciBridge0.present", "TRUE").kv("svga.present", "TRUE");
    for (int b = 4; b <= 7; b++) {
      l.kv("pciBridge" + b + ".present", "TRUE").kv("pciBridge" + b + ".virtualDev", "pcieRootPort")
          .kv("pciBridge" + b + ".functions", "8");
    }
    l.kv("hpet0.present", "TRUE").kv("svga.autodetect", "TRUE");
    if (!lean) {
      l.kv("sched.cpu.latencySensitivity", "normal");
    }
    if (r.nextInt(4) == 0) {
      l.kv("annotation", GuestPayloads.annotation(r, n));
    }
    boolean passthrough = r.nextInt(5) < 2;
    boolean reserved = passthrough ? r.nextInt(6) > 0 : r.nextInt(8) == 0;
    if (passthrough) {
      passthrough(l, r, sources, hw);
    }
    for (int e = 0; e < nics; e++) {
      l.kv("ethernet" + e + ".pciSlotNumber", String.valueOf(e == 0 ? 192 : 2208 + 32 * e));
    }
    l.kv("monitor.phys_bits_used", "45").kv("numa.autosize.cookie", cpus + "0012")
        .kv("numa.autosize.vcpu.maxPerVirtualNode", String.valueOf(cpus));
    l.kv("pciBridge0.pciSlotNumber", "17").kv("pciBridge4.pciSlotNumber", "21").kv("pciBridge5.pciSlotNumber", "22")
        .kv("pciBridge6.pciSlotNumber", "23").kv("pciBridge7.pciSlotNumber", "24");
    l.kv("scsi0.pciSlotNumber", "160").kv("scsi0.sasWWID", "50 05 05 6" + r.nextInt(10) + " 1c 2d 3e 4f")
        .kv("softPowerOff", "FALSE").kv("vmci0.pciSlotNumber", "32").kv("vmotion.checkpointFBSize", "4194304")
        .kv("vmotion.checkpointSVGAPrimarySize", "16777216").kv("svga.guestBackedPrimaryAware", "TRUE");
    if (!lean) {
      l.kv("viv.moid", VmxLines.uuid(r) + ":vm-" + (1000 + n) + ":" + GuestPayloads.base64(r, 32));
    }
    l.kv("toolsInstallManager.updateCounter", String.valueOf(1 + r.nextInt(9)));
    l.kv("guestInfo.detailed.data", GuestPayloads.detailedData(r, windows));
    if (!lean) {
      l.kv("vmotion.svga.mobMaxSize", "16777216").kv("vmotion.svga.graphicsMemoryKB", "16384");
    }
    l.kv("migrate.hostLog", name + "-" + VmxLines.hex(r, 8) + ".hlog").kv("sched.cpu.min", "0")
        .kv("sched.cpu.shares", "normal");
    l.kv("sched.mem.min", String.valueOf(reserved ? mem : 0)).kv("sched.mem.minSize", String.valueOf(reserved ? mem : 0))
        .kv("sched.mem.shares", "normal");
    if (reserved) {
      l.kv("sched.mem.pin", "TRUE");
    }
    if (!lean) {
      l.kv("migrate.encryptionMode", "opportunistic").kv("ftcpt.ftEncryptionMode", "ftEncryptionOpportunistic");
    }
    if (!lean) {
      int build = 19_000_000 + r.nextInt(4_000_000);
      l.kv("guestinfo.vmtools.buildNumber", String.valueOf(build))
          .kv("guestinfo.vmtools.description", (windows ? "VMware Tools" : "open-vm-tools") + " 12.2.0 build " + build)
          .kv("guestinfo.vmtools.versionNumber", "12352").kv("guestinfo.vmtools.versionString", "12.2.0")
          .kv("guestinfo.vmware.components.available", "none")
          .kv("guestinfo.driver.vmxnet3.version", "1.9.5.0-k-NAPI");
    }
    l.kv("sched.swap.derivedName", "/vmfs/volumes/" + VmxLines.hex(r, 8) + "-" + VmxLines.hex(r, 8) + "-0000-"
        + VmxLines.hex(r, 12) + "/" + name + "/" + name + "-" + VmxLines.hex(r, 8) + ".vswp");
    l.kv("uuid.location", VmxLines.uuidSpaced(r));
    for (int d = 0; d < disks; d++) {
      l.kv("scsi" + d / 4 + ":" + d % 4 + ".redo", "");
    }
    l.kv("svga.vramSize", "16777216").kv("vmci0.id", String.valueOf(r.nextInt())).kv("cleanShutdown", "FALSE")
        .kv("config.readOnly", "FALSE");
    fill(l, r, targetBytes, targetLines);
    return l.bytes(StandardCharsets.UTF_8);
  }

  private static void passthrough(VmxLines l, SplittableRandom r, PassthroughSources sources, int hw) {
    int kind = r.nextInt(20);
    int slot = 256;
    if (kind < 9) {
      int devices = 1 + (r.nextInt(4) == 0 ? r.nextInt(4) : 0);
      for (int p = 0; p < devices; p++) {
        PciFunction f = sources.fixed(r);
        String k = "pciPassthru" + p;
        l.kv(k + ".present", "TRUE").kv(k + ".id", PassthroughSources.decimal(f.address()))
            .kv(k + ".deviceId", String.format(Locale.ROOT, "0x%04x", f.id().orElseThrow().device()))
            .kv(k + ".vendorId", String.format(Locale.ROOT, "0x%04x", f.id().orElseThrow().vendor()))
            .kv(k + ".systemId", sources.systemId()).kv(k + ".pciSlotNumber", String.valueOf(slot + 32 * p));
        if (r.nextInt(6) == 0) {
          l.kv(k + ".msiEnabled", "FALSE");
        }
      }
      if (r.nextBoolean()) {
        l.kv("pciPassthru.use64bitMMIO", "TRUE").kv("pciPassthru.64bitMMIOSizeGB", String.valueOf(32 << r.nextInt(3)));
      }
    } else if (kind < 13) {
      l.kv("pciPassthru0.present", "TRUE").kv("pciPassthru0.vgpu", sources.vgpuProfile(r))
          .kv("pciPassthru0.pciSlotNumber", String.valueOf(slot));
      l.kv("pciPassthru0.cfg.enable_uvm", "1");
      if (r.nextBoolean()) {
        l.kv("pciPassthru0.cfg.enable_profiling", "1").kv("pciPassthru0.cfg.frame_rate_limiter", "0");
      }
      l.kv("hypervisor.cpuid.v0", "FALSE");
    } else if (kind < 16 && hw >= 17) {
      l.kv("pciPassthru0.present", "TRUE").kv("pciPassthru0.allowedDevices", sources.allowedDevices(r))
          .kv("pciPassthru0.customLabel", "GPU").kv("pciPassthru0.pciSlotNumber", String.valueOf(slot));
      l.kv("pciPassthru.use64bitMMIO", "TRUE").kv("pciPassthru.64bitMMIOSizeGB", "64");
    } else {
      int adapters = 1 + r.nextInt(2);
      for (int a = 0; a < adapters; a++) {
        PciAddress pf = sources.physicalFunction(r);
        String k = "pciPassthru" + (31 - a);
        l.kv(k + ".pfId", PassthroughSources.decimal(pf)).kv(k + ".id", PassthroughSources.decimal(pf))
            .kv(k + ".systemId", "BYPASS").kv(k + ".vendorId", "0").kv(k + ".deviceId", "0")
            .kv(k + ".networkName", "sriov-" + (100 + r.nextInt(900))).kv(k + ".addressType", "vpx")
            .kv(k + ".generatedAddress", VmxLines.mac(r, "00:50:56")).kv(k + ".present", "TRUE")
            .kv(k + ".pciSlotNumber", String.valueOf(1216 + 32 * a));
      }
    }
  }

  /**
   * Grows the file towards its target as large files do: Tools' appInfo, cloud-init metadata,
   * more guestinfo keys and per-device {@code sched.*} settings.
   */
  private static void fill(VmxLines l, SplittableRandom r, int targetBytes, int targetLines) {
    // Small keys first (the lines the target still wants), then long values for the bytes.
    int i = 0;
    while (l.lines() < targetLines - 2 && l.size() < targetBytes - 400) {
      i++;
      switch (i % 4) {
        case 0 -> l.kv("guestinfo.svc" + i + ".state", r.nextBoolean() ? "running" : "stopped");
        case 1 -> l.kv("guestinfo.Hc.VmOpSts" + i, String.valueOf(r.nextInt(100)));
        case 2 -> l.kv("tools.capability.feature" + i, "TRUE");
        default -> l.kv("guestinfo.vmware.component" + i + ".version", "12." + r.nextInt(5) + "." + r.nextInt(9));
      }
    }
    int room = targetBytes - l.size();
    if (room > 1500 && r.nextInt(4) == 0) {
      int meta = Math.min(room - 600, 1000 + r.nextInt(3000));
      l.kv("guestinfo.metadata", GuestPayloads.base64(r, meta)).kv("guestinfo.metadata.encoding", "base64");
      room = targetBytes - l.size();
    }
    if (room > 300) {
      l.kv("guestinfo.appInfo", GuestPayloads.appInfo(r, room - 100));
    }
  }
}
