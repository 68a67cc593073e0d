package dev.vmdp.io.vmx;

/**
 * The .vmx keys the binding reads and writes, spelled as VMware writes them (lookups ignore case,
 * and an edit keeps the spelling already in the file).
 */
final class VmxKeys {
  static final String ENCODING = ".encoding";
  static final String CONFIG_VERSION = "config.version";
  static final String DISPLAY_NAME = "displayName";
  static final String GUEST_OS = "guestOS";
  static final String HW_VERSION = "virtualHW.version";
  static final String MEMSIZE = "memsize";
  static final String MEM_MIN = "sched.mem.min";
  static final String MEM_MINSIZE = "sched.mem.minsize";
  static final String MEM_MAX = "sched.mem.max";
  static final String MEM_PIN = "sched.mem.pin";
  static final String CPU_HOTADD = "vcpu.hotadd";
  static final String MEM_HOTADD = "mem.hotadd";
  static final String FIRMWARE = "firmware";
  static final String NUM_CPUS = "numvcpus";
  static final String MMIO_64BIT = "pciPassthru.use64bitMMIO";
  static final String MMIO_SIZE_GB = "pciPassthru.64bitMMIOSizeGB";
  static final String MOTHERBOARD_LAYOUT = "chipset.motherboardLayout";
  static final String HYPERVISOR_CPUID = "hypervisor.cpuid.v0";

  /** Key prefix stems: {@code pciPassthru0.id}, {@code pciBridge4.present}. */
  static final String PASSTHRU = "pciPassthru";
  static final String BRIDGE = "pciBridge";
  /** The stems in ASCII lower case, as the binding matches keys. */
  static final String LOWER_PASSTHRU = "pcipassthru";
  static final String LOWER_BRIDGE = "pcibridge";

  // Sub-keys of pciPassthruN., pciBridgeN. and virtual devices.
  static final String PRESENT = "present";
  static final String ID = "id";
  static final String VENDOR_ID = "vendorId";
  static final String DEVICE_ID = "deviceId";
  static final String SYSTEM_ID = "systemId";
  static final String PCI_SLOT_NUMBER = "pciSlotNumber";
  static final String VIRTUAL_DEV = "virtualDev";
  static final String MSI_ENABLED = "msiEnabled";
  static final String ALLOWED_DEVICES = "allowedDevices";
  static final String FUNCTIONS = "functions";
  // The keys of the other kinds of passthrough entry (DOMAIN.md 5.5): vGPU and SR-IOV adapters.
  static final String VGPU = "vgpu";
  static final String PF_ID = "pfId";
  static final String NETWORK_NAME = "networkName";
  static final String PORTGROUP_ID = "dvs.portgroupId";
  static final String ADDRESS_TYPE = "addressType";
  static final String GENERATED_ADDRESS = "generatedAddress";
  /** The stem of vGPU plug-in parameters: {@code pciPassthru0.cfg.enable_uvm}. */
  static final String CFG = "cfg.";

  private VmxKeys() {}
}
