package dev.vmdp.rules;

import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the second pass of a check ({@link RuleEngine#checkAllVms}) needs to know of a fleet, kept
 * while the VMs stream past: how many VMs were checked, the highest {@code virtualHW.version} among
 * them, and the passthrough facts of each VM that has a present passthrough entry
 * ({@link #passthroughFacts}). About 800 bytes per VM with passthrough (the device texts it names
 * are shared with other VMs by the binding), nothing for the others, so a fleet check holds this
 * and not the fleet.
 *
 * <pre>{@code
 * FleetFacts facts = new FleetFacts();
 * for (Path file : files) {
 *   VirtualMachine vm = read(file);
 *   out.write(engine.checkEachVm(host, vm));
 *   facts.add(vm);
 * }
 * out.write(engine.checkAllVms(host, facts, logs));
 * }</pre>
 *
 * <p>Not thread-safe: add from one thread (a parallel check delivers its results in order on the
 * calling thread).
 */
public final class FleetFacts {
  private final Map<String, VirtualMachine> facts = new LinkedHashMap<>();
  private int checked;
  private int maxHardwareVersion;

  /** No VM yet. */
  public FleetFacts() {
  }

  /**
   * The facts of VMs held in memory.
   *
   * @param vms the VMs, in the order of the check
   * @return their facts
   */
  public static FleetFacts of(List<VirtualMachine> vms) {
    FleetFacts f = new FleetFacts();
    vms.forEach(f::add);
    return f;
  }

  /**
   * Counts a VM that was checked and keeps its passthrough facts.
   *
   * @param vm the VM as read
   */
  public void add(VirtualMachine vm) {
    checked++;
    keep(vm);
  }

  /**
   * Replaces the facts of a VM counted before (the same file or, without one, the same name) by
   * those of the VM as it is now, after a fix changed it; the VM is not counted again.
   *
   * @param vm the VM as it is now
   */
  public void update(VirtualMachine vm) {
    keep(vm);
  }

  private void keep(VirtualMachine vm) {
    maxHardwareVersion = Math.max(maxHardwareVersion, vm.hardwareVersion().orElse(0));
    Optional<VirtualMachine> f = passthroughFacts(vm);
    if (f.isPresent()) {
      facts.put(key(vm), f.get());
    } else {
      facts.remove(key(vm));
    }
  }

  private static String key(VirtualMachine vm) {
    return vm.file().orElse("\0" + vm.name());
  }

  /**
   * The passthrough facts of the VMs that have a present passthrough entry, in the order they were
   * added.
   *
   * @return the facts
   */
  public List<VirtualMachine> vms() {
    return new ArrayList<>(facts.values());
  }

  /**
   * The number of VMs checked, with or without passthrough.
   *
   * @return the count
   */
  public int checked() {
    return checked;
  }

  /**
   * The highest {@code virtualHW.version} of the VMs checked; it names the host version assumed when
   * the host has none.
   *
   * @return the version, 0 when no VM says
   */
  public int maxHardwareVersion() {
    return maxHardwareVersion;
  }

  /**
   * What the rules of {@link Scope#ALL_VMS} need to know of a VM: its name, file, display name,
   * hardware version, present passthrough entries and where their keys are; empty for a VM with no
   * present passthrough entry (it takes nothing another VM could want).
   *
   * @param vm a VM as read
   * @return its passthrough facts, or empty
   */
  public static Optional<VirtualMachine> passthroughFacts(VirtualMachine vm) {
    List<PassthroughDevice> present = vm.presentPassthroughDevices();
    if (present.isEmpty()) {
      return Optional.empty();
    }
    VirtualMachine.Builder b = VirtualMachine.builder().name(vm.name()).passthroughDevices(present);
    vm.file().ifPresent(b::file);
    vm.displayName().ifPresent(b::displayName);
    vm.hardwareVersion().ifPresent(b::hardwareVersion);
    return Optional.of(b.sources(vm.sources().keysStartingWith("pcipassthru")).build());
  }
}
