package dev.vmdp.rules.vm;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.PciSlotNumber;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VMDP309: a present passthrough entry shares its {@code pciSlotNumber} with another present
 * entry, pciBridge or virtual device ({@code -1} and absent never clash). One finding per device
 * after the first user of the slot. Facts: {@code slot}, {@code slotMeaning}, {@code key},
 * {@code alsoUsedBy}.
 */
final class SharedSlotNumber extends VmRule {
  SharedSlotNumber() {
    super("VMDP309");
  }

  /** One device holding a slot. */
  private record Holder(String prefix, boolean passthrough, PassthroughDevice entry) {}

  private static void hold(Map<PciSlotNumber, List<Holder>> bySlot, Optional<PciSlotNumber> slot, Holder h) {
    if (slot.isPresent()) {
      bySlot.computeIfAbsent(slot.get(), k -> new ArrayList<>(2)).add(h);
    }
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    List<PassthroughDevice> passthrough = vm.presentPassthroughDevices();
    if (passthrough.isEmpty()) {
      return; // a slot is reported only when a passthrough entry holds it
    }
    Map<PciSlotNumber, List<Holder>> bySlot = new LinkedHashMap<>();
    for (PassthroughDevice d : passthrough) {
      hold(bySlot, d.slot(), new Holder(d.keyPrefix(), true, d));
    }
    for (PciBridge b : vm.pciBridges()) {
      if (b.isPresent()) {
        hold(bySlot, b.slot(), new Holder(b.keyPrefix(), false, null));
      }
    }
    for (VirtualDevice v : vm.virtualDevices()) {
      if (v.isPresent()) {
        hold(bySlot, v.slot(), new Holder(v.keyPrefix(), false, null));
      }
    }
    for (Map.Entry<PciSlotNumber, List<Holder>> e : bySlot.entrySet()) {
      List<Holder> holders = e.getValue();
      if (holders.size() < 2 || holders.stream().noneMatch(Holder::passthrough)) {
        continue;
      }
      PciSlotNumber slot = e.getKey();
      Holder first = holders.get(0);
      Optional<SourceRef> firstAt = vm.sourceOf(first.prefix() + ".pcislotnumber");
      for (Holder h : holders.subList(1, holders.size())) {
        String key = h.prefix() + ".pciSlotNumber";
        String subject = h.passthrough() ? subject(vm, h.entry()) : subject(vm);
        out.add(finding(subject, key + " " + slot.value() + " (" + slot.describe() + ") is also used by "
                + first.prefix() + firstAt.map(s -> " (" + s + ")").orElse(""))
            .putFact("slot", String.valueOf(slot.value()))
            .putFact("slotMeaning", slot.describe())
            .putFact("key", key)
            .putFact("alsoUsedBy", first.prefix() + ".pciSlotNumber")
            .location(firstSource(vm, key, h.prefix() + ".present"))
            .build());
      }
    }
  }
}
