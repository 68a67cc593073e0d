package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Fix;

/** The fix that puts a passthrough device's physical interrupts in IOAPIC mode. */
final class MsiFix {
  private MsiFix() {}

  /** Turns physical MSI off for the entry ({@code msiEnabled} FALSE, written by the binding). */
  static Fix ioapic(VirtualMachine vm, PassthroughDevice d) {
    int index = d.index();
    return Fix.forVm(vm, "turn physical MSI off for " + d.keyPrefix() + " (IOAPIC mode)",
        v -> v.passthrough(index)
            .map(old -> VmRule.replace(v, PassthroughDevice.builder().from(old).msiEnabled(false).build()))
            .orElse(v));
  }
}
