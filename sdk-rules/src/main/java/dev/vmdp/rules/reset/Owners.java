package dev.vmdp.rules.reset;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who uses each function: the VMs whose present fixed entries name it, and the VMkernel. */
final class Owners {
  /** One VM entry naming a function. */
  record Assignment(VirtualMachine vm, PassthroughDevice device) {
    String subject() {
      return "vm " + vm.name() + " " + device.keyPrefix();
    }

    Optional<SourceRef> location() {
      return vm.sourceOf(device.keyPrefix().toLowerCase(java.util.Locale.ROOT) + ".id");
    }
  }

  final Host host;
  final Map<PciAddress, List<Assignment>> assigned = new LinkedHashMap<>();

  /** The owners of a check's functions, made once per check. */
  static Owners of(CheckContext context) {
    return context.derived(Owners.class, Owners::new);
  }

  private Owners(CheckContext context) {
    this.host = context.host();
    for (VirtualMachine vm : context.vms()) {
      for (PassthroughDevice d : vm.presentPassthroughDevices()) {
        // Only a fixed entry takes a host function: an SR-IOV adapter's PF stays with the VMkernel.
        if (!d.isFixed()) {
          continue;
        }
        d.address().ifPresent(a -> assigned.computeIfAbsent(a, k -> new ArrayList<>()).add(new Assignment(vm, d)));
      }
    }
  }

  /** The VMs using a function. */
  List<Assignment> of(PciAddress a) {
    return assigned.getOrDefault(a, List.of());
  }

  /** True when the host says the VMkernel uses the function now. */
  boolean vmkernel(PciAddress a) {
    return host.vmkernelOwned(a).orElse(false);
  }

  /** The owners of some functions: VM names, and "VMkernel" when the VMkernel uses one. */
  Set<String> ownersOf(List<PciAddress> members) {
    Set<String> out = new LinkedHashSet<>();
    for (PciAddress m : members) {
      of(m).forEach(x -> out.add(x.vm().name()));
      if (vmkernel(m)) {
        out.add("VMkernel");
      }
    }
    return out;
  }

  /** The first VM entry among the members, for the finding's subject and location. */
  Optional<Assignment> first(List<PciAddress> members) {
    for (PciAddress m : members) {
      if (!of(m).isEmpty()) {
        return Optional.of(of(m).get(0));
      }
    }
    return Optional.empty();
  }

  /** "0000:01:00.0 (vm a), 0000:01:00.1 (VMkernel)": who holds each member. */
  String describe(List<PciAddress> members) {
    List<String> parts = new ArrayList<>();
    for (PciAddress m : members) {
      List<String> who = new ArrayList<>();
      of(m).forEach(x -> who.add("vm " + x.vm().name()));
      if (vmkernel(m)) {
        who.add("VMkernel");
      }
      parts.add(m + " (" + (who.isEmpty() ? "unassigned" : String.join(", ", who)) + ")");
    }
    return String.join(", ", parts);
  }
}
