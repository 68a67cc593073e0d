package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.knowledge.GuestKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * VMDP307: a present entry in IOAPIC mode ({@code msiEnabled = "FALSE"}) in a guest that drives
 * devices in IOAPIC mode, while another present virtual PCI device with a legacy interrupt exists.
 * Silent for unknown guests. Facts: {@code msiEnabled} (FALSE), {@code guestOs},
 * {@code guestFamily}, {@code otherDevices} (comma list, {@code ethernet0 (vmxnet)}).
 */
final class VirtualIrqSharing extends VmRule {
  /**
   * vmdp policy: the virtual PCI devices that take a legacy interrupt line in an IOAPIC guest
   * (network, SCSI, SATA, NVMe, sound and USB controllers); the .vmx does not say which IRQ each
   * gets, so this is a "may".
   */
  static final Set<String> IRQ_DEVICE_KINDS = Set.of("ethernet", "scsi", "sata", "nvme", "sound", "usb",
      "usb_xhci", "ehci");

  VirtualIrqSharing() {
    super("VMDP307");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    GuestKnowledge guests = context.knowledge().guests();
    String guestOs = vm.guestOs().orElse("");
    if (!guests.drivesDevicesInIoapicMode(guestOs)) {
      return;
    }
    List<String> others = new ArrayList<>();
    for (VirtualDevice v : vm.virtualDevices()) {
      if (v.isPresent() && IRQ_DEVICE_KINDS.contains(lower(v.kind()))) {
        others.add(v.keyPrefix() + v.virtualDev().map(t -> " (" + t + ")").orElse(""));
      }
    }
    if (others.isEmpty()) {
      return;
    }
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      if (d.effectiveMsiEnabled()) {
        continue;
      }
      out.add(finding(subject(vm, d), d.keyPrefix() + " is in IOAPIC mode and may share a virtual IRQ with "
              + String.join(", ", others))
          .putFact("msiEnabled", "FALSE")
          .putFact("guestOs", guestOs)
          .putFact("guestFamily", guests.family(guestOs).orElseThrow().displayName())
          .putFact("otherDevices", String.join(",", others))
          .location(entrySource(vm, d, "msienabled"))
          .build());
    }
  }
}
