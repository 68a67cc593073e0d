package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.knowledge.GuestFamily;
import dev.vmdp.rules.knowledge.GuestKnowledge;
import java.util.List;
import java.util.Optional;

/**
 * VMDP308: a present fixed or Dynamic DirectPath entry with physical MSI ({@code msiEnabled}
 * absent or TRUE) in a guest that drives devices in IOAPIC mode
 * ({@link GuestKnowledge#drivesDevicesInIoapicMode(String)}: Linux 2.6.20 or older, RHEL 3/4/5 and
 * SLES 9/10, which VMware's networking guides say should avoid MSI; a Windows guest alone is no
 * reason, DOMAIN.md 6). Not
 * reported for the devices the guide names as working with MSI on Windows 2003 (in a Windows 2003
 * guest; silent there when the ids are unknown), nor for the Broadcom 57710/57711 case of VMDP306.
 * Facts: {@code guestOs}, {@code guestFamily}, {@code msiEnabled}, and {@code vendorId} /
 * {@code deviceId} when known. Fix: {@code msiEnabled = "FALSE"}.
 */
final class PhysicalMsiWithIoapicGuest extends VmRule {
  PhysicalMsiWithIoapicGuest() {
    super("VMDP308");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    GuestKnowledge guests = context.knowledge().guests();
    String guestOs = vm.guestOs().orElse("");
    if (!guests.drivesDevicesInIoapicMode(guestOs)) {
      return;
    }
    GuestFamily family = guests.family(guestOs).orElseThrow();
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      if (!d.effectiveMsiEnabled() || d.kind() == PassthroughKind.VGPU || d.kind() == PassthroughKind.SRIOV) {
        continue;
      }
      Optional<PciId> id = pciId(context, d);
      if (family == GuestFamily.WINDOWS_SERVER_2003
          && (id.isEmpty() || context.knowledge().devices().knownToWorkWithMsiOnWindows2003(id.get()))) {
        continue;
      }
      if (guests.isWindowsServer2003Or2008(guestOs)
          && id.filter(context.knowledge().devices()::needsIoapicOnOldWindows).isPresent()) {
        continue;
      }
      Finding.Builder f = finding(subject(vm, d), d.keyPrefix() + " uses physical MSI but the "
              + family.displayName() + " guest drives it in IOAPIC mode (it avoids MSI)")
          .putFact("guestOs", guestOs)
          .putFact("guestFamily", family.displayName())
          .putFact("msiEnabled", vmxBoolean(d.msiEnabled()));
      id.ifPresent(i -> f.putFact("vendorId", i.vendorHex()).putFact("deviceId", i.deviceHex()));
      out.add(f.location(entrySource(vm, d, "msienabled", "id")).addFix(MsiFix.ioapic(vm, d)).build());
    }
  }
}
