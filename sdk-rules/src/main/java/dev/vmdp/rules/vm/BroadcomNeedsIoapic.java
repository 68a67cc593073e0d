package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.knowledge.GuestFamily;
import dev.vmdp.rules.knowledge.GuestKnowledge;
import java.util.List;
import java.util.Optional;

/**
 * VMDP306: a present entry whose device is a Broadcom 57710/57711 (the entry's ids, else the host
 * function's) in a Windows Server 2003/2008 guest, with {@code msiEnabled} absent or TRUE. Silent
 * for unknown guests or ids. Facts: {@code vendorId}, {@code deviceId}, {@code device},
 * {@code guestOs}, {@code guestFamily}, {@code msiEnabled}. Fix: {@code msiEnabled = "FALSE"}.
 */
final class BroadcomNeedsIoapic extends VmRule {
  BroadcomNeedsIoapic() {
    super("VMDP306");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    GuestKnowledge guests = context.knowledge().guests();
    String guestOs = vm.guestOs().orElse("");
    if (!guests.isWindowsServer2003Or2008(guestOs)) {
      return;
    }
    GuestFamily family = guests.family(guestOs).orElseThrow();
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      Optional<PciId> id = pciId(context, d);
      if (id.isEmpty() || !context.knowledge().devices().needsIoapicOnOldWindows(id.get())
          || !d.effectiveMsiEnabled()) {
        continue;
      }
      Optional<String> model = Optional.of(InterruptDevices.modelName(id.get()).orElse("device " + id.get()));
      out.add(finding(subject(vm, d), model.get() + " in a " + family.displayName() + " guest needs "
              + d.keyPrefix() + ".msiEnabled = \"FALSE\"")
          .putFact("vendorId", id.get().vendorHex())
          .putFact("deviceId", id.get().deviceHex())
          .putFact("device", model.get())
          .putFact("guestOs", guestOs)
          .putFact("guestFamily", family.displayName())
          .putFact("msiEnabled", vmxBoolean(d.msiEnabled()))
          .location(entrySource(vm, d, "msienabled", "deviceid"))
          .addFix(MsiFix.ioapic(vm, d))
          .build());
    }
  }
}
