package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP303: a VM with virtual hardware 7+ and present passthrough entries lacks part of the
 * pciBridge block of its layout: the root-port block ({@code pciBridge0}, {@code pciBridge4..7}),
 * or, for an HW 20+ EFI VM in the ACPI motherboard layout, {@code pciBridge0} and
 * {@code pciBridge1} as {@code pciRootBridge}s (which is complete without a root-port block). An
 * ACPI layout on a BIOS VM is VMDP319, on older virtual hardware VMDP304; neither is this rule.
 * Facts: {@code hardwareVersion}, {@code layout} ({@code rootPorts} or {@code acpi}),
 * {@code missingBridges} (comma list, when any), {@code badKeys} (comma list of wrong or missing
 * keys of bridges that exist, when any).
 */
final class IncompleteBridgeBlock extends VmRule {
  IncompleteBridgeBlock() {
    super("VMDP303");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!BridgeBlock.applies(vm) || (BridgeBlock.acpiLayout(vm) && !BridgeBlock.acpiLayoutAccepted(vm))) {
      return;
    }
    List<String> missing = BridgeBlock.missing(vm);
    List<String> bad = BridgeBlock.badKeys(vm);
    if (missing.isEmpty() && bad.isEmpty()) {
      return;
    }
    int hw = vm.hardwareVersion().getAsInt();
    StringBuilder m = new StringBuilder("virtualHW.version " + hw + " but ");
    if (!missing.isEmpty()) {
      m.append(String.join(", ", missing)).append(missing.size() == 1 ? " is missing" : " are missing");
    }
    if (!bad.isEmpty()) {
      m.append(missing.isEmpty() ? "" : " and ").append("the pciBridge block is incomplete (")
          .append(String.join(", ", bad)).append(')');
    }
    Finding.Builder f = finding(subject(vm), m.toString()).putFact("hardwareVersion", String.valueOf(hw))
        .putFact("layout", BridgeBlock.acpiLayout(vm) ? "acpi" : "rootPorts");
    if (!missing.isEmpty()) {
      f.putFact("missingBridges", String.join(",", missing));
    }
    if (!bad.isEmpty()) {
      f.putFact("badKeys", String.join(",", bad));
      f.location(firstSource(vm, bad.get(0), bad.get(0).substring(0, bad.get(0).indexOf('.')) + ".present",
          "virtualhw.version"));
    } else {
      f.location(vm.sourceOf("virtualhw.version"));
    }
    out.add(f.build());
  }
}
