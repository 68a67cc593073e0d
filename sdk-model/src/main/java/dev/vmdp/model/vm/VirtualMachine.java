package dev.vmdp.model.vm;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceMap;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A virtual machine as its .vmx describes it, reduced to what passthrough checks need: guest,
 * virtual hardware, memory and its reservation, hot add, the pciBridge block, other virtual devices
 * and the {@code pciPassthruN} entries.
 *
 * <p>Every key that is not in the file is empty; a key with an empty value that cannot be read as
 * its type is reported by the reader as a diagnostic and left empty here. {@link #sources()} says
 * where each value came from, keyed by the lower-cased .vmx key ({@code memsize},
 * {@code pcipassthru0.id}).
 *
 * <pre>{@code
 * VirtualMachine vm = VirtualMachine.builder()
 *     .name("RHEL3").guestOs("rhel3").hardwareVersion(7)
 *     .memoryMb(512).memoryReservationMb(512)
 *     .addPassthroughDevice(PassthroughDevice.builder().index(0).present(true).id("03:00.0").build())
 *     .build();
 * vm.presentPassthroughDevices().size();   // 1
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class VirtualMachine {
  /**
   * Keys already found in lower case, by their hash: the binding's keys are shared instances (one
   * per spelling, interned), so a fleet's VMs check the same few hundred keys again and again, and
   * a fix's copy of a VM checks all of its keys once more. A slot holds the last key checked there;
   * a racing thread sees one key or another, and only the same instance counts as checked.
   */
  private static final String[] LOWER_CASE_KEYS = new String[4096];

  /** The VM's name (the .vmx file name without extension, or {@code displayName}), never blank. */
  public abstract String name();

  /** {@code displayName}, or empty when absent. */
  public abstract Optional<String> displayName();

  /**
   * The file the VM was read from, as the user named it; empty for a VM built in code. Fixes
   * address a VM by its file (two VMs may share a display name, never a file).
   */
  public abstract Optional<String> file();

  /** {@code guestOS} ({@code rhel3}, {@code winnetstandard}, {@code windows9-64}), or empty when absent. */
  public abstract Optional<String> guestOs();

  /** {@code virtualHW.version}, or empty when absent. */
  public abstract OptionalInt hardwareVersion();

  /** {@code memsize} in MB, or empty when absent. */
  public abstract OptionalLong memoryMb();

  /**
   * The memory reservation in MB: {@code sched.mem.min}, else {@code sched.mem.minsize} (ESX 4
   * files); empty when neither is present.
   */
  public abstract OptionalLong memoryReservationMb();

  /** {@code sched.mem.max} in MB, or empty when absent. */
  public abstract OptionalLong memoryLimitMb();

  /** {@code sched.mem.pin} (all memory locked), or empty when absent. */
  public abstract Optional<Boolean> memoryPinned();

  /** {@code vcpu.hotadd}, or empty when absent. */
  public abstract Optional<Boolean> cpuHotAdd();

  /** {@code mem.hotadd}, or empty when absent. */
  public abstract Optional<Boolean> memoryHotAdd();

  /** {@code firmware} ({@code bios} or {@code efi}), or empty when absent (which means BIOS). */
  public abstract Optional<String> firmware();

  /** {@code numvcpus}, or empty when absent. */
  public abstract OptionalInt numCpus();

  /** {@code pciPassthru.use64bitMMIO}, or empty when absent. */
  public abstract Optional<Boolean> use64bitMmio();

  /** {@code pciPassthru.64bitMMIOSizeGB}, or empty when absent. */
  public abstract OptionalLong mmioSizeGb();

  /**
   * {@code chipset.motherboardLayout} ({@code acpi} for the ACPI motherboard layout of HW 20+ EFI
   * VMs, DOMAIN.md 5.6), or empty when absent.
   */
  public abstract Optional<String> motherboardLayout();

  /**
   * {@code hypervisor.cpuid.v0}: FALSE hides the hypervisor from the guest (old NVIDIA consumer
   * drivers need it); empty when absent.
   */
  public abstract Optional<Boolean> hypervisorCpuidV0();

  /** The {@code pciBridgeN} blocks, in file order. */
  public abstract List<PciBridge> pciBridges();

  /** Other virtual devices ({@code ethernet0}, {@code sound}, ...), in file order. */
  public abstract List<VirtualDevice> virtualDevices();

  /** The {@code pciPassthruN} blocks, in file order, whether present or not. */
  public abstract List<PassthroughDevice> passthroughDevices();

  /** Problems found while reading the .vmx. */
  public abstract List<Diagnostic> diagnostics();

  /**
   * Where each value came from, keyed by the lower-cased .vmx key ({@code pcipassthru0.id}), in
   * file order. A compact map ({@link SourceMap}); build it with {@link Builder#putSource}.
   */
  @Value.Default
  public SourceMap sources() {
    return SourceMap.empty();
  }

  /** The same VM with other passthrough devices. */
  public abstract VirtualMachine withPassthroughDevices(Iterable<? extends PassthroughDevice> devices);

  /** The same VM with another memory reservation. */
  public abstract VirtualMachine withMemoryReservationMb(long megabytes);

  /** The {@code pciPassthruN} block with this index, or empty when there is none. */
  public Optional<PassthroughDevice> passthrough(int index) {
    for (PassthroughDevice d : passthroughDevices()) {
      if (d.index() == index) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The passthrough devices that count: only those with {@code present = "TRUE"}. An entry whose
   * {@code present} is FALSE or absent is ignored by VMware and by the device limit.
   */
  public List<PassthroughDevice> presentPassthroughDevices() {
    List<PassthroughDevice> all = passthroughDevices();
    for (PassthroughDevice d : all) {
      if (!d.isPresent()) {
        return all.stream().filter(PassthroughDevice::isPresent).collect(Collectors.toUnmodifiableList());
      }
    }
    return all; // every rule asks, and usually every entry is present (or there is none): no copy
  }

  /** The {@code pciBridgeN} block with this index, or empty when there is none. */
  public Optional<PciBridge> pciBridge(int index) {
    for (PciBridge b : pciBridges()) {
      if (b.index() == index) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The virtual device with this key prefix (any case), or empty when there is none. */
  public Optional<VirtualDevice> virtualDevice(String keyPrefix) {
    for (VirtualDevice d : virtualDevices()) {
      if (d.keyPrefix().equalsIgnoreCase(keyPrefix)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** True when {@code chipset.motherboardLayout = "acpi"} (any case); false when absent or another value. */
  public boolean acpiMotherboardLayout() {
    return motherboardLayout().map(l -> l.strip().equalsIgnoreCase("acpi")).orElse(false);
  }

  /** True when {@code firmware = "efi"} (any case); false when absent or another value. */
  public boolean efi() {
    return firmware().map(f -> f.equalsIgnoreCase("efi")).orElse(false);
  }

  /**
   * Where a .vmx key's value came from.
   *
   * @param key the key, any case ({@code pciPassthru0.id})
   * @return the place, or empty when the key was not read from a file
   */
  public Optional<SourceRef> sourceOf(String key) {
    return Optional.ofNullable(sources().get(key.toLowerCase(Locale.ROOT)));
  }

  /** Renders as {@code VirtualMachine[RHEL3, HW 7, 2 passthrough]}. */
  @Override
  public String toString() {
    return "VirtualMachine[" + name()
        + (hardwareVersion().isPresent() ? ", HW " + hardwareVersion().getAsInt() : "")
        + ", " + passthroughDevices().size() + " passthrough]";
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("VirtualMachine name must not be blank, was '" + name() + "'");
    }
    // Each getter once: an optional number's getter makes a new Optional at every call.
    OptionalInt hardwareVersion = hardwareVersion();
    positive("hardwareVersion", hardwareVersion.isPresent(), hardwareVersion.orElse(1), 1);
    OptionalInt numCpus = numCpus();
    positive("numCpus", numCpus.isPresent(), numCpus.orElse(1), 1);
    positive("memoryMb", memoryMb());
    positive("memoryReservationMb", memoryReservationMb());
    positive("memoryLimitMb", memoryLimitMb());
    positive("mmioSizeGb", mmioSizeGb());
    Indexes seen = new Indexes();
    for (PassthroughDevice d : passthroughDevices()) {
      if (!seen.add(d.index())) {
        throw new IllegalStateException("VirtualMachine passthroughDevices must have distinct indexes, "
            + d.keyPrefix() + " is listed twice (" + name() + ")");
      }
    }
    seen = new Indexes();
    for (PciBridge b : pciBridges()) {
      if (!seen.add(b.index())) {
        throw new IllegalStateException("VirtualMachine pciBridges must have distinct indexes, "
            + b.keyPrefix() + " is listed twice (" + name() + ")");
      }
    }
    Set<String> prefixes = new HashSet<>();
    for (VirtualDevice d : virtualDevices()) {
      if (!prefixes.add(d.keyPrefix().toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("VirtualMachine virtualDevices must have distinct key prefixes, '"
            + d.keyPrefix() + "' is listed twice (" + name() + ")");
      }
    }
    for (String key : sources().keySet()) {
      if (!isLowerCase(key)) {
        throw new IllegalStateException("VirtualMachine sources keys must be lower-case .vmx keys, was '" + key + "'");
      }
    }
  }

  /** Whether {@code toLowerCase(Locale.ROOT)} leaves the key as it is; ASCII, as keys are, without making a copy. */
  @SuppressWarnings("ReferenceEquality") // on purpose: only the very instance checked before counts as checked
  private static boolean isLowerCase(String key) {
    int slot = key.hashCode() & (LOWER_CASE_KEYS.length - 1);
    if (LOWER_CASE_KEYS[slot] == key) {
      return true;
    }
    if (scanLowerCase(key)) {
      LOWER_CASE_KEYS[slot] = key;
      return true;
    }
    return false;
  }

  private static boolean scanLowerCase(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 0x80) {
        return key.equals(key.toLowerCase(Locale.ROOT));
      }
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  private void positive(String attribute, OptionalLong value) {
    positive(attribute, value.isPresent(), value.orElse(0), 0);
  }

  /** A set of small non-negative numbers (the indexes of entries) without boxing them: a bit each below 64. */
  private static final class Indexes {
    private long low;
    private Set<Integer> others;

    /** Adds a number; false when it was there. */
    boolean add(int n) {
      if (n >= 0 && n < Long.SIZE) {
        boolean added = (low & (1L << n)) == 0;
        low |= 1L << n;
        return added;
      }
      if (others == null) {
        others = new HashSet<>();
      }
      return others.add(n);
    }
  }

  private void positive(String attribute, boolean present, long value, long min) {
    if (present && value < min) {
      throw new IllegalStateException(
          "VirtualMachine " + attribute + " must be >= " + min + ", was " + value + " (" + name() + ")");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link VirtualMachine} values. Sources can be set whole ({@code sources(sourceMap)},
   * {@link #sources(Map)}) or put one by one ({@link #putSource}); sources put one by one are
   * added, when the VM is built, to those set whole or copied by {@code from(vm)}.
   */
  public static final class Builder extends ImmutableVirtualMachine.Builder {
    /** The sources put one by one, or null when none was. */
    private SourceMap.Builder put;

    Builder() {}

    /**
     * Sets every source from a map (as {@code sources(SourceMap.copyOf(sources))}).
     *
     * @param sources keys (lower-case .vmx keys) and where their values came from
     * @return this builder
     */
    public Builder sources(Map<String, ? extends SourceRef> sources) {
      return sources(SourceMap.copyOf(sources));
    }

    /**
     * Puts one source; a key put again keeps its place and takes the new reference.
     *
     * @param key a lower-case .vmx key
     * @param ref where its value came from
     * @return this builder
     */
    public Builder putSource(String key, SourceRef ref) {
      if (put == null) {
        put = SourceMap.builder();
      }
      put.put(key, ref);
      return this;
    }

    /**
     * Puts every source of a map, in its iteration order.
     *
     * @param sources keys (lower-case .vmx keys) and where their values came from
     * @return this builder
     */
    public Builder putAllSources(Map<String, ? extends SourceRef> sources) {
      sources.forEach(this::putSource);
      return this;
    }

    /**
     * The VM.
     *
     * @return the VM
     * @throws IllegalStateException when a required attribute is missing or a check fails
     */
    @Override
    public VirtualMachine build() {
      VirtualMachine vm = super.build();
      if (put == null || put.size() == 0) {
        return vm;
      }
      SourceMap merged = SourceMap.builder().putAll(vm.sources()).putAll(put.build()).build();
      return ((ImmutableVirtualMachine) vm).withSources(merged);
    }
  }
}
