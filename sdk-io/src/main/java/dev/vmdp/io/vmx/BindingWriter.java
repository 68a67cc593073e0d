package dev.vmdp.io.vmx;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFormatException;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns a change of a {@link VirtualMachine} into the minimal edit of its {@link VmxDocument}: the
 * writing half of {@link VmxBinding}. Values are compared as typed values, so a key whose value
 * did not change is never rewritten, whatever its spelling in the file.
 */
final class BindingWriter {
  private static final String TRUE = "TRUE";
  private static final String FALSE = "FALSE";

  private VmxDocument doc;
  private final boolean esx4;

  private BindingWriter(VmxDocument doc, boolean esx4) {
    this.doc = doc;
    this.esx4 = esx4;
  }

  static VmxDocument apply(VmxDocument doc, VirtualMachine before, VirtualMachine after, VmxWriteOptions options) {
    BindingWriter w = new BindingWriter(doc, options.esx4FormsFor(after));
    // The order the client writes a new VM in (the guide's sample): it places keys a file lacks.
    w.change(VmxKeys.HW_VERSION, box(before.hardwareVersion()), box(after.hardwareVersion()));
    w.bridges(before.pciBridges(), after.pciBridges());
    w.scalars(before, after);
    w.devices(before.virtualDevices(), after.virtualDevices());
    w.change(VmxKeys.MMIO_64BIT, before.use64bitMmio().orElse(null), after.use64bitMmio().orElse(null));
    w.change(VmxKeys.MMIO_SIZE_GB, box(before.mmioSizeGb()), box(after.mmioSizeGb()));
    w.change(VmxKeys.MOTHERBOARD_LAYOUT, before.motherboardLayout().orElse(null), after.motherboardLayout().orElse(null));
    w.change(VmxKeys.HYPERVISOR_CPUID, before.hypervisorCpuidV0().orElse(null), after.hypervisorCpuidV0().orElse(null));
    w.passthroughs(before.passthroughDevices(), after.passthroughDevices());
    return w.doc;
  }

  static VmxDocument write(VirtualMachine vm, VmxWriteOptions options) {
    VmxDocument empty = VmxDocument.parse(new byte[0], BindingReader.nameFromFile(vm.name()) + ".vmx");
    VirtualMachine none = VirtualMachine.builder().name(vm.name()).build();
    VirtualMachine target = vm;
    if (vm.pciBridges().isEmpty() && options.standardPciBridgesEnabled() && vm.hardwareVersion().orElse(7) >= 7) {
      target = VirtualMachine.builder().from(vm).pciBridges(standardBridges()).build();
    }
    return apply(empty.set(VmxKeys.ENCODING, "UTF-8").set(VmxKeys.CONFIG_VERSION, "8"), none, target, options);
  }

  /** {@code pciBridge0} and {@code pciBridge4}..{@code pciBridge7} as the client writes them. */
  static List<PciBridge> standardBridges() {
    List<PciBridge> out = new ArrayList<>();
    out.add(PciBridge.builder().index(0).present(true).build());
    for (int i = 4; i <= 7; i++) {
      out.add(PciBridge.builder().index(i).present(true).virtualDev("pcieRootPort").functions(8).build());
    }
    return out;
  }

  private void scalars(VirtualMachine b, VirtualMachine a) {
    change(VmxKeys.DISPLAY_NAME, b.displayName().orElse(null), a.displayName().orElse(null));
    change(VmxKeys.FIRMWARE, b.firmware().orElse(null), a.firmware().orElse(null));
    change(VmxKeys.NUM_CPUS, box(b.numCpus()), box(a.numCpus()));
    change(VmxKeys.MEMSIZE, box(b.memoryMb()), box(a.memoryMb()));
    change(VmxKeys.GUEST_OS, b.guestOs().orElse(null), a.guestOs().orElse(null));
    reservation(box(b.memoryReservationMb()), box(a.memoryReservationMb()));
    change(VmxKeys.MEM_MAX, box(b.memoryLimitMb()), box(a.memoryLimitMb()));
    change(VmxKeys.MEM_PIN, b.memoryPinned().orElse(null), a.memoryPinned().orElse(null));
    change(VmxKeys.MEM_HOTADD, b.memoryHotAdd().orElse(null), a.memoryHotAdd().orElse(null));
    change(VmxKeys.CPU_HOTADD, b.cpuHotAdd().orElse(null), a.cpuHotAdd().orElse(null));
  }

  /**
   * The reservation: every reservation key already in the file is updated (so
   * {@code sched.mem.min} and {@code sched.mem.minsize} never disagree after an edit); a new one is
   * {@code sched.mem.minsize} for ESX 4.x, else {@code sched.mem.min}.
   */
  private void reservation(Long before, Long after) {
    if (Objects.equals(before, after)) {
      return;
    }
    List<String> keys = List.of(VmxKeys.MEM_MIN, VmxKeys.MEM_MINSIZE).stream().filter(doc::contains)
        .collect(Collectors.toList());
    if (after == null) {
      keys.forEach(k -> doc = doc.remove(k));
    } else if (keys.isEmpty()) {
      doc = doc.set(esx4 ? VmxKeys.MEM_MINSIZE : VmxKeys.MEM_MIN, after.toString());
    } else {
      keys.forEach(k -> doc = doc.set(k, after.toString()));
    }
  }

  private void bridges(List<PciBridge> before, List<PciBridge> after) {
    if (before.equals(after)) {
      return; // the common case (a fix of one scalar keeps the lists as they were): nothing to compare
    }
    Map<Integer, PciBridge> old = new HashMap<>();
    before.forEach(b -> old.put(b.index(), b));
    for (PciBridge b : before) {
      if (after.stream().noneMatch(a -> a.index() == b.index())) {
        removeBlock(b.keyPrefix());
      }
    }
    for (PciBridge a : after) {
      PciBridge b = old.getOrDefault(a.index(), PciBridge.builder().index(a.index()).build());
      String p = a.keyPrefix() + ".";
      change(p + VmxKeys.PRESENT, b.present().orElse(null), a.present().orElse(null));
      change(p + VmxKeys.VIRTUAL_DEV, b.virtualDev().orElse(null), a.virtualDev().orElse(null));
      change(p + VmxKeys.FUNCTIONS, box(b.functions()), box(a.functions()));
      change(p + VmxKeys.PCI_SLOT_NUMBER, box(b.pciSlotNumber()), box(a.pciSlotNumber()));
    }
  }

  private void devices(List<VirtualDevice> before, List<VirtualDevice> after) {
    if (before.equals(after)) {
      return; // the common case (a fix of one scalar keeps the lists as they were): nothing to compare
    }
    Map<String, VirtualDevice> old = new HashMap<>();
    before.forEach(d -> old.put(d.keyPrefix().toLowerCase(Locale.ROOT), d));
    for (VirtualDevice d : before) {
      if (after.stream().noneMatch(a -> a.keyPrefix().equalsIgnoreCase(d.keyPrefix()))) {
        removeBlock(d.keyPrefix());
      }
    }
    for (VirtualDevice a : after) {
      VirtualDevice b = old.getOrDefault(a.keyPrefix().toLowerCase(Locale.ROOT),
          VirtualDevice.builder().keyPrefix(a.keyPrefix()).build());
      String p = a.keyPrefix() + ".";
      change(p + VmxKeys.PRESENT, b.present().orElse(null), a.present().orElse(null));
      change(p + VmxKeys.VIRTUAL_DEV, b.virtualDev().orElse(null), a.virtualDev().orElse(null));
      change(p + VmxKeys.PCI_SLOT_NUMBER, box(b.pciSlotNumber()), box(a.pciSlotNumber()));
    }
  }

  private void passthroughs(List<PassthroughDevice> before, List<PassthroughDevice> after) {
    if (before.equals(after)) {
      return; // the common case (a fix of one scalar keeps the lists as they were): nothing to compare
    }
    Map<Integer, PassthroughDevice> old = new HashMap<>();
    before.forEach(d -> old.put(d.index(), d));
    for (PassthroughDevice d : before) {
      if (after.stream().noneMatch(a -> a.index() == d.index())) {
        removeBlock(d.keyPrefix());
      }
    }
    for (PassthroughDevice a : after) {
      PassthroughDevice b = old.getOrDefault(a.index(), PassthroughDevice.builder().index(a.index()).build());
      passthrough(b, a);
    }
  }

  private void passthrough(PassthroughDevice b, PassthroughDevice a) {
    if (b.equals(a)) {
      return;
    }
    String p = a.keyPrefix() + ".";
    Runnable present = () -> change(p + VmxKeys.PRESENT, b.present().orElse(null), a.present().orElse(null));
    Runnable id = () -> {
      if (!sameAddress(b.id().orElse(null), a.id().orElse(null))) {
        change(p + VmxKeys.ID, b.id().orElse(null), a.id().orElse(null), () -> idForm(a.id().get()));
      }
    };
    Runnable vendor = () -> change(p + VmxKeys.VENDOR_ID, box(b.vendorId()), box(a.vendorId()),
        () -> hexId(a.vendorId().getAsInt(), p + VmxKeys.VENDOR_ID, p + VmxKeys.DEVICE_ID));
    Runnable device = () -> change(p + VmxKeys.DEVICE_ID, box(b.deviceId()), box(a.deviceId()),
        () -> hexId(a.deviceId().getAsInt(), p + VmxKeys.DEVICE_ID, p + VmxKeys.VENDOR_ID));
    Runnable system = () -> change(p + VmxKeys.SYSTEM_ID, b.systemId().orElse(null), a.systemId().orElse(null));
    Runnable pf = () -> {
      if (!sameAddress(b.pfId().orElse(null), a.pfId().orElse(null))) {
        change(p + VmxKeys.PF_ID, b.pfId().orElse(null), a.pfId().orElse(null), () -> idForm(a.pfId().get()));
      }
    };
    Runnable vgpu = () -> change(p + VmxKeys.VGPU, b.vgpuProfile().orElse(null), a.vgpuProfile().orElse(null));
    Runnable slot = () -> change(p + VmxKeys.PCI_SLOT_NUMBER, box(b.pciSlotNumber()), box(a.pciSlotNumber()));
    // The guide's order for ESX 4.x; later ESXi writes the id right after present.
    // An SR-IOV adapter as vCenter writes it: pfId before id; a vGPU: the profile after present.
    List<Runnable> order = esx4
        ? List.of(present, device, vendor, system, id, slot)
        : List.of(present, vgpu, pf, id, device, vendor, system, slot);
    order.forEach(Runnable::run);
    change(p + VmxKeys.NETWORK_NAME, b.networkName().orElse(null), a.networkName().orElse(null));
    change(p + VmxKeys.PORTGROUP_ID, b.portgroupId().orElse(null), a.portgroupId().orElse(null));
    change(p + VmxKeys.ADDRESS_TYPE, b.addressType().orElse(null), a.addressType().orElse(null));
    change(p + VmxKeys.GENERATED_ADDRESS, b.generatedAddress().orElse(null), a.generatedAddress().orElse(null));
    for (String name : b.pluginParameters().keySet()) {
      if (!a.pluginParameters().containsKey(name)) {
        doc = doc.remove(p + VmxKeys.CFG + name);
      }
    }
    a.pluginParameters().forEach((name, value) ->
        change(p + VmxKeys.CFG + name, b.pluginParameters().get(name), value));
    change(p + VmxKeys.VIRTUAL_DEV, b.virtualDev().orElse(null), a.virtualDev().orElse(null));
    change(p + VmxKeys.MSI_ENABLED, b.msiEnabled().orElse(null), a.msiEnabled().orElse(null));
    // An empty list is what an absent key reads as.
    List<PciId> allowedBefore = b.allowedDevices().isEmpty() ? null : b.allowedDevices();
    List<PciId> allowedAfter = a.allowedDevices().isEmpty() ? null : a.allowedDevices();
    change(p + VmxKeys.ALLOWED_DEVICES, allowedBefore, allowedAfter, () -> a.allowedDevices().stream()
        .map(i -> String.format(Locale.ROOT, "0x%04x:0x%04x", i.vendor(), i.device()))
        .collect(Collectors.joining(",")));
  }

  /** Both ids name the same address (or are the same text): the written form is kept. */
  private static boolean sameAddress(String before, String after) {
    if (before == null || after == null) {
      return before == null && after == null;
    }
    if (before.equals(after)) {
      return true;
    }
    try {
      return PciAddress.parseVmx(before).equals(PciAddress.parseVmx(after));
    } catch (PciFormatException e) {
      return false;
    }
  }

  /** The id in the form the target host expects; a value that is no address is written as given. */
  private String idForm(String id) {
    try {
      PciAddress a = PciAddress.parseVmx(id);
      return esx4 && a.segment() == 0 ? a.toVmxShortForm() : a.toVmxLongForm();
    } catch (PciFormatException e) {
      return id;
    }
  }

  /** A hex id in the entry's own style ({@code 0x10de} or {@code 10de}), else the target's. */
  private String hexId(int value, String key, String siblingKey) {
    if (value == 0 && doc.get(key).isEmpty() && doc.get(siblingKey).map(w -> w.strip().equals("0")).orElse(true)) {
      // What vCenter writes for an SR-IOV passthrough adapter's ids: "0" (the VF is chosen at power-on).
      return "0";
    }
    Optional<String> written = doc.get(key).or(() -> doc.get(siblingKey));
    boolean prefixed = written.map(w -> w.strip().regionMatches(true, 0, "0x", 0, 2)).orElse(!esx4);
    return String.format(Locale.ROOT, prefixed ? "0x%04x" : "%04x", value);
  }

  private void removeBlock(String keyPrefix) {
    for (String k : doc.keysWithPrefix(keyPrefix + ".")) {
      doc = doc.remove(k);
    }
  }

  /** {@link #change(String, Object, Object, Supplier)} writing numbers in decimal and booleans as TRUE/FALSE. */
  private void change(String key, Object before, Object after) {
    change(key, before, after, () -> after instanceof Boolean b ? bool(b) : after.toString());
  }

  /** Sets {@code key} to the written value when the typed values differ; removes it when {@code after} is null. */
  private void change(String key, Object before, Object after, Supplier<String> written) {
    if (Objects.equals(before, after)) {
      return;
    }
    doc = after != null ? doc.set(key, written.get()) : doc.remove(key);
  }

  private static String bool(Boolean b) {
    return b ? TRUE : FALSE;
  }

  /** The value, or null when absent. */
  private static Integer box(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : null;
  }

  /** The value, or null when absent. */
  private static Long box(OptionalLong l) {
    return l.isPresent() ? l.getAsLong() : null;
  }
}
