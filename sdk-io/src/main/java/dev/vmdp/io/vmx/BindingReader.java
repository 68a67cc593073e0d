package dev.vmdp.io.vmx;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.PciSlotNumber;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Binds a {@link VmxDocument} to a {@link VirtualMachine}: the reading half of {@link VmxBinding}. */
final class BindingReader {
  /** The virtual PCI devices with a number that may share a slot or a virtual IRQ with a passthrough device. */
  private static final String[] NUMBERED_DEVICES = {"ethernet", "scsi", "sata", "nvme", "vmci"};
  /** The same, without a number. */
  private static final String[] SINGLE_DEVICES = {"sound", "usb", "usb_xhci", "ehci", "svga", "hdaudio"};
  /** The device keys the binding reads. */
  private static final String[] DEVICE_KEYS = {"present", "virtualdev", "pcislotnumber"};

  private BindingReader() {}

  static VirtualMachine read(VmxDocument doc) {
    KeyLines keys = KeyLines.of(doc);
    TypedValues v = new TypedValues(doc, keys);
    VirtualMachine.Builder b = VirtualMachine.builder();
    if (!doc.fileName().isEmpty()) {
      b.file(doc.fileName());
    }
    // One decoded text for both: the name is the display name itself unless it needs stripping.
    Optional<String> displayName = v.text(VmxKeys.DISPLAY_NAME);
    b.displayName(displayName);
    b.name(displayName.filter(s -> !s.isBlank()).map(String::strip)
        .orElseGet(() -> nameFromFile(doc.fileName())));
    b.guestOs(v.text(VmxKeys.GUEST_OS));
    b.hardwareVersion(v.integer(VmxKeys.HW_VERSION, 1, Integer.MAX_VALUE));
    b.memoryMb(v.memorySize(VmxKeys.MEMSIZE));
    b.memoryReservationMb(v.has(VmxKeys.MEM_MIN)
        ? v.number(VmxKeys.MEM_MIN, 0, Long.MAX_VALUE)
        : v.number(VmxKeys.MEM_MINSIZE, 0, Long.MAX_VALUE));
    b.memoryLimitMb(v.number(VmxKeys.MEM_MAX, 0, Long.MAX_VALUE));
    b.memoryPinned(v.bool(VmxKeys.MEM_PIN));
    b.cpuHotAdd(v.bool(VmxKeys.CPU_HOTADD));
    b.memoryHotAdd(v.bool(VmxKeys.MEM_HOTADD));
    b.firmware(v.text(VmxKeys.FIRMWARE));
    b.numCpus(v.integer(VmxKeys.NUM_CPUS, 1, Integer.MAX_VALUE));
    b.use64bitMmio(v.bool(VmxKeys.MMIO_64BIT));
    b.mmioSizeGb(v.number(VmxKeys.MMIO_SIZE_GB, 0, Long.MAX_VALUE));
    b.motherboardLayout(v.text(VmxKeys.MOTHERBOARD_LAYOUT));
    b.hypervisorCpuidV0(v.bool(VmxKeys.HYPERVISOR_CPUID));

    Map<Integer, Map<String, String>> passthru = new LinkedHashMap<>();
    Map<Integer, Boolean> bridges = new LinkedHashMap<>();
    Map<String, String> devices = new LinkedHashMap<>();
    for (int j = 0, n = keys.size(); j < n; j++) {
      String key = keys.key(j);
      KeyClass c = KeyClass.of(key);
      if (c.passthru >= 0) {
        Map<String, String> cfg = passthru.computeIfAbsent(c.passthru, k -> new LinkedHashMap<>());
        if (c.cfgAt > 0) {
          // A vGPU plug-in parameter: its name as written, its key as the binding looks it up.
          String written = doc.decodeKeyAt(keys.lineOf(j));
          String name = written.length() == key.length() ? written : key;
          cfg.put(name.substring(c.cfgAt), key);
        }
        continue;
      }
      if (c.bridge >= 0) {
        bridges.put(c.bridge, true);
        continue;
      }
      String device = c.device;
      if (device != null) {
        String written = doc.decodeKeyAt(keys.lineOf(j));
        devices.putIfAbsent(device, written.substring(0, written.indexOf('.')));
      }
    }
    for (Map.Entry<Integer, Map<String, String>> p : passthru.entrySet()) {
      b.addPassthroughDevice(passthrough(v, p.getKey(), p.getValue()));
    }
    for (int n : bridges.keySet()) {
      b.addPciBridge(bridge(v, n));
    }
    for (Map.Entry<String, String> d : devices.entrySet()) {
      b.addVirtualDevice(device(v, d.getKey(), d.getValue()));
    }
    List<Diagnostic> all = new ArrayList<>(doc.diagnostics(keys));
    all.addAll(v.problems());
    all.sort(Comparator.comparingInt((Diagnostic d) -> d.location().map(SourceRef::line).orElse(0))
        .thenComparingInt(d -> d.location().map(l -> l.column().orElse(0)).orElse(0)));
    b.diagnostics(all);
    b.sources(v.sources());
    return b.build();
  }

  private static PassthroughDevice passthrough(TypedValues v, int n, Map<String, String> cfg) {
    String[] k = PASSTHRU_KEYS.of(n);
    PassthroughDevice.Builder d = PassthroughDevice.builder().index(n);
    d.present(v.bool(k[0]));
    // The texts that name the host's devices and networks are shared between VMs: a fleet check
    // keeps every passthrough entry (FleetFacts). A generated MAC address is the VM's own.
    d.id(v.sharedText(k[1]));
    d.vendorId(v.hex16(k[2]));
    d.deviceId(v.hex16(k[3]));
    d.systemId(v.sharedText(k[4]));
    d.pciSlotNumber(slot(v, k[5]));
    d.virtualDev(v.sharedText(k[6]));
    d.msiEnabled(v.bool(k[7]));
    v.pciIds(k[8]).ifPresent(d::allowedDevices);
    d.vgpuProfile(v.sharedText(k[9]));
    d.pfId(v.sharedText(k[10]));
    d.networkName(v.sharedText(k[11]));
    d.portgroupId(v.sharedText(k[12]));
    d.addressType(v.sharedText(k[13]));
    d.generatedAddress(v.text(k[14]));
    cfg.forEach((name, key) -> v.text(key).ifPresent(value -> d.putPluginParameter(name, value)));
    return d.build();
  }

  private static PciBridge bridge(TypedValues v, int n) {
    String[] k = BRIDGE_KEYS.of(n);
    PciBridge.Builder b = PciBridge.builder().index(n);
    b.present(v.bool(k[0]));
    b.virtualDev(v.text(k[1]));
    b.functions(v.integer(k[2], 1, 8));
    b.pciSlotNumber(slot(v, k[3]));
    return b.build();
  }

  private static VirtualDevice device(TypedValues v, String lowerPrefix, String writtenPrefix) {
    String[] k = DEVICE_BLOCK_KEYS.get(lowerPrefix, p -> keys(p, DEVICE_SUFFIXES));
    // The kind set here (the prefix without its number) spares the model's regex default.
    int end = lowerPrefix.length();
    while (end > 0 && Character.isDigit(lowerPrefix.charAt(end - 1))) {
      end--;
    }
    VirtualDevice.Builder d = VirtualDevice.builder().keyPrefix(writtenPrefix).kind(lowerPrefix.substring(0, end));
    d.present(v.bool(k[0]));
    d.virtualDev(v.text(k[1]));
    d.pciSlotNumber(slot(v, k[2]));
    return d.build();
  }

  private static final String[] PASSTHRU_SUFFIXES = {VmxKeys.PRESENT, VmxKeys.ID, VmxKeys.VENDOR_ID,
      VmxKeys.DEVICE_ID, VmxKeys.SYSTEM_ID, VmxKeys.PCI_SLOT_NUMBER, VmxKeys.VIRTUAL_DEV, VmxKeys.MSI_ENABLED,
      VmxKeys.ALLOWED_DEVICES, VmxKeys.VGPU, VmxKeys.PF_ID, VmxKeys.NETWORK_NAME, VmxKeys.PORTGROUP_ID,
      VmxKeys.ADDRESS_TYPE, VmxKeys.GENERATED_ADDRESS};
  private static final String[] BRIDGE_SUFFIXES = {VmxKeys.PRESENT, VmxKeys.VIRTUAL_DEV, VmxKeys.FUNCTIONS,
      VmxKeys.PCI_SLOT_NUMBER};
  private static final String[] DEVICE_SUFFIXES = {VmxKeys.PRESENT, VmxKeys.VIRTUAL_DEV, VmxKeys.PCI_SLOT_NUMBER};
  private static final BlockKeys PASSTHRU_KEYS = new BlockKeys(VmxKeys.LOWER_PASSTHRU, PASSTHRU_SUFFIXES);
  private static final BlockKeys BRIDGE_KEYS = new BlockKeys(VmxKeys.LOWER_BRIDGE, BRIDGE_SUFFIXES);
  /** The keys of each device block read ({@code ethernet0}): a few dozen prefixes in practice; bounded. */
  private static final BoundedCache<String, String[]> DEVICE_BLOCK_KEYS = new BoundedCache<>(4096);

  /** The lower-case keys {@code prefix.suffix} for each suffix. */
  private static String[] keys(String lowerPrefix, String[] suffixes) {
    String[] out = new String[suffixes.length];
    for (int i = 0; i < suffixes.length; i++) {
      out[i] = VmxDocument.asciiLower(lowerPrefix + "." + suffixes[i]);
    }
    return out;
  }

  /**
   * The lower-case keys of numbered blocks ({@code pcipassthru3.id}), made once per number below
   * 64: every VM of a fleet reads the same few dozen.
   */
  private static final class BlockKeys {
    private final String prefix;
    private final String[] suffixes;
    private final AtomicReferenceArray<String[]> byNumber = new AtomicReferenceArray<>(64);

    BlockKeys(String prefix, String[] suffixes) {
      this.prefix = prefix;
      this.suffixes = suffixes;
    }

    String[] of(int n) {
      if (n >= byNumber.length()) {
        return keys(prefix + n, suffixes);
      }
      String[] k = byNumber.get(n);
      if (k == null) {
        k = keys(prefix + n, suffixes);
        byNumber.set(n, k);
      }
      return k;
    }
  }

  /**
   * What a lower-case key belongs to: a {@code pciPassthruN} block, a {@code pciBridgeN} block, a
   * device the binding reads, or none. Remembered per key (bounded): a fleet uses the same keys.
   */
  private static final class KeyClass {
    /**
     * The classes of the keys seen, in a fixed array of slots found by the key's hash and written
     * without locks (as {@link LowerKeys}): a slot holds one immutable class with its key, so a
     * racing reader sees a whole one or another, and compares the key before using it.
     */
    private static final KeyClass[] KNOWN = new KeyClass[1 << 14]; // few keys of a fleet share a slot

    final String key;
    final int passthru;
    /** Where the name of a {@code pciPassthruN.cfg.NAME} parameter starts in the key, else 0. */
    final int cfgAt;
    final int bridge;
    final String device;

    private KeyClass(String key, int passthru, int cfgAt, int bridge, String device) {
      this.key = key;
      this.passthru = passthru;
      this.cfgAt = cfgAt;
      this.bridge = bridge;
      this.device = device;
    }

    static KeyClass of(String lowerKey) {
      int slot = lowerKey.hashCode() & (KNOWN.length - 1);
      KeyClass c = KNOWN[slot];
      if (c != null && c.key.equals(lowerKey)) {
        return c;
      }
      c = classify(lowerKey);
      KNOWN[slot] = c;
      return c;
    }

    private static KeyClass classify(String lowerKey) {
      int n = indexOf(lowerKey, VmxKeys.LOWER_PASSTHRU);
      int cfgAt = 0;
      if (n >= 0) {
        int dot = lowerKey.indexOf('.');
        if (lowerKey.startsWith(VmxKeys.CFG, dot + 1) && lowerKey.length() > dot + 1 + VmxKeys.CFG.length()) {
          cfgAt = dot + 1 + VmxKeys.CFG.length();
        }
      }
      int b = n >= 0 ? -1 : indexOf(lowerKey, VmxKeys.LOWER_BRIDGE);
      return new KeyClass(lowerKey, n, cfgAt, b, n >= 0 || b >= 0 ? null : devicePrefix(lowerKey));
    }
  }

  private static OptionalInt slot(TypedValues v, String key) {
    return v.integer(key, PciSlotNumber.UNASSIGNED, PciSlotNumber.MAX);
  }

  /**
   * The N of a lower-case key {@code prefixN.rest} (N decimal without leading zeros, at most nine
   * digits, so that no two spellings share an index; rest not empty), else -1. Hand-written rather
   * than a regex: it runs for every key of every file.
   */
  static int indexOf(String key, String prefix) {
    if (!key.startsWith(prefix)) {
      return -1;
    }
    int end = digitsEnd(key, prefix.length());
    if (end < 0 || end + 1 >= key.length() || key.charAt(end) != '.') {
      return -1;
    }
    return Integer.parseInt(key, prefix.length(), end, 10);
  }

  /** The end of a run of 1 to 9 digits without a leading zero (or a lone 0) at {@code from}, else -1. */
  private static int digitsEnd(String key, int from) {
    int i = from;
    while (i < key.length() && i - from < 10 && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
      i++;
    }
    int digits = i - from;
    if (digits == 0 || digits > 9 || (digits > 1 && key.charAt(from) == '0')) {
      return -1;
    }
    return i;
  }

  /**
   * The device of a lower-case key such as {@code ethernet0.present} or {@code usb.pcislotnumber}
   * ({@code ethernet0}, {@code usb}) when it is one of the devices and keys the binding reads; else
   * null.
   */
  static String devicePrefix(String key) {
    int dot = key.indexOf('.');
    if (dot <= 0 || !isDeviceKey(key, dot + 1)) {
      return null;
    }
    for (String d : SINGLE_DEVICES) {
      if (dot == d.length() && key.startsWith(d)) {
        return key.substring(0, dot);
      }
    }
    for (String d : NUMBERED_DEVICES) {
      if (key.startsWith(d) && digitsEnd(key, d.length()) == dot) {
        return key.substring(0, dot);
      }
    }
    return null;
  }

  private static boolean isDeviceKey(String key, int from) {
    for (String k : DEVICE_KEYS) {
      if (key.length() - from == k.length() && key.startsWith(k, from)) {
        return true;
      }
    }
    return false;
  }

  /** The file name without its folders and {@code .vmx}; {@code unnamed} when that leaves nothing. */
  static String nameFromFile(String fileName) {
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    if (base.regionMatches(true, Math.max(0, base.length() - 4), ".vmx", 0, 4) && base.length() > 4) {
      base = base.substring(0, base.length() - 4);
    }
    return base.isBlank() ? "unnamed" : base;
  }
}
