package dev.vmdp.rules.vm;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;

/**
 * VMDP315: the VM's fixed passthrough devices need 64-bit MMIO (their known BARs total more than
 * 16 GB) but the VM boots with BIOS ({@code firmware} absent or not {@code efi}); VMware's V100
 * guide: "Guest OS must boot with EFI". Silent when no BAR size is known. Facts:
 * {@code totalBarBytes}, {@code firmware} ({@code bios} when absent), {@code devices}.
 */
final class LargeBarsWithoutEfi extends VmRule {
  LargeBarsWithoutEfi() {
    super("VMDP315");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (vm.efi()) {
      return;
    }
    BarNeeds needs = BarNeeds.of(context, vm);
    if (!needs.needs64bitMmio()) {
      return;
    }
    String firmware = vm.firmware().orElse("bios");
    out.add(finding(subject(vm), "passthrough BARs total " + BarNeeds.human(needs.totalBytes)
            + " and need 64-bit MMIO, but the VM boots with " + firmware + ", not EFI")
        .putFact("totalBarBytes", String.valueOf(needs.totalBytes))
        .putFact("firmware", firmware)
        .putFact("devices", needs.devices())
        .location(firstSource(vm, "firmware", "pcipassthru.use64bitmmio").or(() -> entrySource(vm, needs.known.get(0).entry())))
        .build());
  }
}
