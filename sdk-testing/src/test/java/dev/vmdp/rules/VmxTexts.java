package dev.vmdp.rules;

import dev.vmdp.dsl.GuideSample;
import java.nio.charset.StandardCharsets;

/**
 * Whole .vmx files as ESXi 6.7-8.0 writes them (key order, spellings and values of real files),
 * for the rule tests: one per kind of passthrough entry, firmware and bridge layout, and the
 * guide's sample. Tests put {@code # BUG:} markers in with {@link dev.vmdp.testing.TestText}.
 */
public final class VmxTexts {
  private VmxTexts() {}

  /** The client's four PCIe root ports, pciBridge4 to pciBridge7, as a VM of virtual hardware 7 or later has them. */
  public static final String ROOT_PORTS = """
      pciBridge4.present = "TRUE"
      pciBridge4.virtualDev = "pcieRootPort"
      pciBridge4.functions = "8"
      pciBridge5.present = "TRUE"
      pciBridge5.virtualDev = "pcieRootPort"
      pciBridge5.functions = "8"
      pciBridge6.present = "TRUE"
      pciBridge6.virtualDev = "pcieRootPort"
      pciBridge6.functions = "8"
      pciBridge7.present = "TRUE"
      pciBridge7.virtualDev = "pcieRootPort"
      pciBridge7.functions = "8"
      """;

  /** The slot numbers of pciBridge0 and the root ports, as the client assigns them at the first power-on. */
  public static final String BRIDGE_SLOTS = """
      pciBridge0.pciSlotNumber = "17"
      pciBridge4.pciSlotNumber = "21"
      pciBridge5.pciSlotNumber = "22"
      pciBridge6.pciSlotNumber = "23"
      pciBridge7.pciSlotNumber = "24"
      """;

  /**
   * The guide's sample VM (DOMAIN.md 5.7) as the DSL ships it: RHEL3, virtual hardware 7, ESX 4.0,
   * {@code 12ab:3456} at 03:00.0 and {@code 78cd:6543} at 02:00.0.
   */
  public static final String GUIDE_RHEL3 = new String(GuideSample.vmx(), StandardCharsets.UTF_8);

  /** The host UUID the fixed entries' {@code systemId} names. */
  public static final String HOST_UUID = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c";

  /** An ESXi 7.0 U3 VM (HW 19, EFI, root-port layout) with a fixed DirectPath GPU at 0000:3b:00.0. */
  public static final String ESXI7_GPU = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "19"
      vmci0.present = "TRUE"
      floppy0.present = "FALSE"
      numvcpus = "8"
      memSize = "65536"
      firmware = "efi"
      tools.upgrade.policy = "manual"
      sched.cpu.units = "mhz"
      vm.createDate = "1658142039261234"
      scsi0.virtualDev = "pvscsi"
      scsi0.present = "TRUE"
      scsi0:0.deviceType = "scsi-hardDisk"
      scsi0:0.fileName = "ml01.vmdk"
      scsi0:0.present = "TRUE"
      ethernet0.virtualDev = "vmxnet3"
      ethernet0.networkName = "VM Network"
      ethernet0.addressType = "vpx"
      ethernet0.generatedAddress = "00:50:56:9a:1b:2c"
      ethernet0.present = "TRUE"
      displayName = "ml01"
      guestOS = "ubuntu-64"
      uuid.bios = "42 1a 5e 7c 3b 2d 4f 11-9a 8b 7c 6d 5e 4f 3a 2b"
      vc.uuid = "50 1a 2b 3c 4d 5e 6f 70-81 92 a3 b4 c5 d6 e7 f8"
      sched.mem.min = "65536"
      sched.mem.minSize = "65536"
      sched.mem.shares = "normal"
      sched.mem.pin = "TRUE"
      pciPassthru0.id = "00000:059:00.0"
      pciPassthru0.deviceId = "0x1eb8"
      pciPassthru0.vendorId = "0x10de"
      pciPassthru0.systemId = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c"
      pciPassthru0.present = "TRUE"
      pciPassthru.use64bitMMIO = "TRUE"
      pciPassthru.64bitMMIOSizeGB = "64"
      pciBridge0.present = "TRUE"
      svga.present = "TRUE"
      """ + ROOT_PORTS + BRIDGE_SLOTS + """
      scsi0.pciSlotNumber = "160"
      ethernet0.pciSlotNumber = "192"
      pciPassthru0.pciSlotNumber = "256"
      vmci0.pciSlotNumber = "32"
      """;

  /**
   * An ESXi 8.0 U2 VM (HW 21, EFI) in the ACPI motherboard layout with an NVIDIA vGPU
   * ({@code grid_t4-4q}, a plug-in parameter) and all memory reserved.
   */
  public static final String ESXI8_VGPU = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "21"
      vmci0.present = "TRUE"
      floppy0.present = "FALSE"
      numvcpus = "4"
      memSize = "16384"
      firmware = "efi"
      chipset.motherboardLayout = "acpi"
      pciBridge0.present = "TRUE"
      pciBridge0.virtualDev = "pciRootBridge"
      pciBridge0.functions = "1"
      pciBridge0.pxm = "-1"
      pciBridge1.present = "TRUE"
      pciBridge1.virtualDev = "pciRootBridge"
      pciBridge1.functions = "2"
      pciBridge1.pxm = "-1"
      tools.upgrade.policy = "manual"
      nvme0.present = "TRUE"
      nvme0:0.fileName = "vdi01.vmdk"
      nvme0:0.present = "TRUE"
      ethernet0.virtualDev = "vmxnet3"
      ethernet0.networkName = "VM Network"
      ethernet0.addressType = "vpx"
      ethernet0.generatedAddress = "00:50:56:9a:7e:01"
      ethernet0.present = "TRUE"
      displayName = "vdi01"
      guestOS = "windows2019srvNext-64"
      uuid.bios = "42 1a 60 11 22 33 44 55-66 77 88 99 aa bb cc dd"
      vc.uuid = "50 1a 60 11 22 33 44 55-66 77 88 99 aa bb cc de"
      sched.mem.min = "16384"
      sched.mem.minSize = "16384"
      sched.mem.shares = "normal"
      pciPassthru0.present = "TRUE"
      pciPassthru0.vgpu = "grid_t4-4q"
      pciPassthru0.cfg.enable_uvm = "1"
      """;

  /**
   * An ESXi 8.0 U3 VM (HW 21, EFI, root-port layout) with an SR-IOV passthrough adapter on the
   * physical function 0000:1a:00.1, as vCenter writes it (numbered from 31, BYPASS, ids 0).
   */
  public static final String ESXI8_SRIOV = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "21"
      pciBridge0.present = "TRUE"
      """ + ROOT_PORTS + """
      vmci0.present = "TRUE"
      numvcpus = "4"
      memSize = "8192"
      firmware = "efi"
      displayName = "nfv01"
      guestOS = "rhel9_64Guest"
      uuid.bios = "42 1a 77 01 02 03 04 05-06 07 08 09 0a 0b 0c 0d"
      sched.mem.min = "8192"
      sched.mem.minSize = "8192"
      sched.mem.shares = "normal"
      pciPassthru31.present = "TRUE"
      pciPassthru31.pfId = "00000:026:00.1"
      pciPassthru31.id = "00000:026:00.1"
      pciPassthru31.deviceId = "0"
      pciPassthru31.vendorId = "0"
      pciPassthru31.systemId = "BYPASS"
      pciPassthru31.dvs.portgroupId = "dvportgroup-1031"
      pciPassthru31.addressType = "generated"
      pciPassthru31.generatedAddress = "00:50:56:9a:31:01"
      pciPassthru31.pciSlotNumber = "224"
      """;

  /** An ESXi 7.0 U3 VM (HW 19, EFI) with a Dynamic DirectPath entry for NVIDIA A100 (10de:20b5). */
  public static final String ESXI7_DYNAMIC = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "19"
      pciBridge0.present = "TRUE"
      """ + ROOT_PORTS + """
      numvcpus = "16"
      memSize = "131072"
      firmware = "efi"
      displayName = "train01"
      guestOS = "ubuntu-64"
      sched.mem.min = "131072"
      sched.mem.minSize = "131072"
      pciPassthru0.present = "TRUE"
      pciPassthru0.allowedDevices = "0x10de:0x20b5"
      pciPassthru0.pciSlotNumber = "256"
      pciPassthru.use64bitMMIO = "TRUE"
      pciPassthru.64bitMMIOSizeGB = "256"
      """;

  /** An ESXi 6.7 VM (HW 14, BIOS) with an Intel 82599 VF-capable NIC passed through at 0000:04:00.0. */
  public static final String ESXI67_BIOS_NIC = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "14"
      pciBridge0.present = "TRUE"
      svga.present = "TRUE"
      """ + ROOT_PORTS + """
      vmci0.present = "TRUE"
      hpet0.present = "TRUE"
      numvcpus = "2"
      memSize = "4096"
      sched.cpu.units = "mhz"
      scsi0.virtualDev = "lsisas1068"
      scsi0.present = "TRUE"
      displayName = "fw01"
      guestOS = "rhel7-64"
      uuid.bios = "42 1a 10 20 30 40 50 60-70 80 90 a0 b0 c0 d0 e0"
      sched.mem.min = "4096"
      sched.mem.minSize = "4096"
      sched.mem.shares = "normal"
      pciPassthru0.id = "00000:004:00.0"
      pciPassthru0.deviceId = "0x10fb"
      pciPassthru0.vendorId = "0x8086"
      pciPassthru0.systemId = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c"
      pciPassthru0.present = "TRUE"
      """ + BRIDGE_SLOTS + """
      scsi0.pciSlotNumber = "160"
      pciPassthru0.pciSlotNumber = "192"
      """;
}
