package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP304: the pciBridge block is complete (no VMDP303) but has lines the client does not write:
 * an added bridge (a present bridge outside its layout: other than 0 and 4..7, or other than 0 and
 * 1 in the ACPI layout), a root port whose {@code functions} is not 8, or an ACPI motherboard layout
 * on virtual hardware below 20 (which the client writes only from HW 20 on). Slot numbers are never
 * reported: the host assigns them and they differ between versions (DOMAIN.md 5.6). One finding per
 * differing key. Facts: {@code key}, {@code value}, {@code expected}.
 */
final class HandEditedBridgeBlock extends VmRule {
  HandEditedBridgeBlock() {
    super("VMDP304");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!BridgeBlock.applies(vm)) {
      return;
    }
    boolean acpi = BridgeBlock.acpiLayout(vm);
    if (acpi && vm.hardwareVersion().getAsInt() < BridgeBlock.ACPI_MINIMUM_HW) {
      report(vm, out, "chipset.motherboardLayout", "acpi", "absent",
          "the ACPI motherboard layout on virtualHW.version " + vm.hardwareVersion().getAsInt()
              + "; the client writes it from version " + BridgeBlock.ACPI_MINIMUM_HW + " on",
          "chipset.motherboardlayout", "pcibridge0.virtualdev");
      return;
    }
    if ((acpi && !BridgeBlock.acpiLayoutAccepted(vm))
        || !BridgeBlock.missing(vm).isEmpty() || !BridgeBlock.badKeys(vm).isEmpty()) {
      return;
    }
    List<Integer> layout = BridgeBlock.indexes(vm);
    for (PciBridge b : vm.pciBridges()) {
      if (!layout.contains(b.index())) {
        if (b.isPresent()) {
          String written = acpi ? "pciBridge0 and pciBridge1" : "pciBridge0 and pciBridge4..pciBridge7";
          report(vm, out, b.keyPrefix() + ".present", "TRUE", "absent",
              b.keyPrefix() + " is present; the client writes only " + written, b.keyPrefix() + ".present");
        }
        continue;
      }
      if (!acpi && b.index() != 0 && b.functions().isPresent() && b.functions().getAsInt() != BridgeBlock.FUNCTIONS) {
        String v = String.valueOf(b.functions().getAsInt());
        report(vm, out, b.keyPrefix() + ".functions", v, String.valueOf(BridgeBlock.FUNCTIONS),
            b.keyPrefix() + ".functions is \"" + v + "\"; the client writes \"" + BridgeBlock.FUNCTIONS + "\"",
            b.keyPrefix() + ".functions");
      }
    }
  }

  private void report(VirtualMachine vm, List<Finding> out, String key, String value, String expected, String message,
      String... at) {
    out.add(finding(subject(vm), message)
        .putFact("key", key)
        .putFact("value", value)
        .putFact("expected", expected)
        .location(firstSource(vm, at))
        .build());
  }
}
