package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP319: the VM uses the ACPI motherboard layout ({@code chipset.motherboardLayout = "acpi"}, or
 * {@code pciRootBridge} bridges) but does not boot with EFI ({@code firmware} absent or not
 * {@code efi}): Broadcom KB 407595, "ACPI motherboard layout requires EFI". Facts:
 * {@code firmware} ({@code bios} when absent), {@code layoutKey} (the key that shows the layout).
 */
final class AcpiLayoutWithoutEfi extends VmRule {
  AcpiLayoutWithoutEfi() {
    super("VMDP319");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!BridgeBlock.acpiLayout(vm) || vm.efi()) {
      return;
    }
    String firmware = vm.firmware().orElse("bios");
    String key = vm.acpiMotherboardLayout() ? "chipset.motherboardLayout" : "pciBridge0.virtualDev";
    out.add(finding(subject(vm), "the ACPI motherboard layout needs EFI firmware but the VM boots with "
            + firmware + (vm.firmware().isEmpty() ? " (no firmware key)" : ""))
        .putFact("firmware", firmware)
        .putFact("layoutKey", key)
        .location(firstSource(vm, "firmware", "chipset.motherboardlayout", "pcibridge0.virtualdev", "pcibridge1.virtualdev"))
        .build());
  }
}
