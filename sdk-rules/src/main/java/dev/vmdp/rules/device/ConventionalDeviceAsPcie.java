package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * VMDP206: a present entry names a conventional PCI/PCI-X host function (its capabilities were
 * shown without an Express capability, or, when its own capabilities are unknown, it sits below a
 * PCIe-to-PCI/PCI-X bridge) while the entry's effective {@code virtualDev} is {@code pcie} (absent
 * means {@code pcie}). Silent without capability or parentage evidence. The fix sets
 * {@code pciPassthruN.virtualDev = "pci"}.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code address}, {@code virtualDev} (the effective value),
 * {@code evidence} ({@code noExpressCapability} or {@code belowPciBridge}), {@code bridge} (the
 * bridge's address, for {@code belowPciBridge}).
 */
public final class ConventionalDeviceAsPcie extends DeviceRule {
  /** The rule. */
  public ConventionalDeviceAsPcie() {
    super("VMDP206");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      Optional<PciFunction> f = hostFunction(ctx, e);
      if (f.isEmpty() || !e.device.effectiveVirtualDev().equalsIgnoreCase(PassthroughDevice.DEFAULT_VIRTUAL_DEV)) {
        continue;
      }
      Optional<Boolean> conventional = f.get().conventional();
      Optional<PciFunction> bridge = Optional.empty();
      if (conventional.isEmpty()) {
        bridge = ctx.host().topology().ancestors(f.get().address()).stream()
            .filter(b -> b.portType().filter(t -> t == PortType.PCIE_TO_PCI_BRIDGE).isPresent()).findFirst();
      }
      if (!conventional.orElse(false) && bridge.isEmpty()) {
        continue;
      }
      String prefix = e.device.keyPrefix();
      int index = e.device.index();
      Finding.Builder b = e.finding(this, "virtualDev", "host device " + f.get().address()
          + " is conventional PCI/PCI-X but " + prefix + " is virtualDev " + e.device.effectiveVirtualDev()
          + ": it needs a conventional PCI virtual device")
          .putFact("address", f.get().address().toString())
          .putFact("virtualDev", e.device.effectiveVirtualDev())
          .putFact("evidence", bridge.isPresent() ? "belowPciBridge" : "noExpressCapability");
      bridge.ifPresent(x -> b.putFact("bridge", x.address().toString()));
      b.addFixes(Fix.forVm(e.vm, "give " + prefix + " a conventional PCI virtual device", vm -> withPciVirtualDev(vm, index)));
      out.add(b.build());
    }
    return out;
  }

  /** The VM with {@code virtualDev = "pci"} on the entry with this index. */
  static VirtualMachine withPciVirtualDev(VirtualMachine vm, int index) {
    return vm.withPassthroughDevices(vm.passthroughDevices().stream()
        .map(d -> d.index() == index ? PassthroughDevice.builder().from(d).virtualDev("pci").build() : d)
        .collect(Collectors.toList()));
  }
}
