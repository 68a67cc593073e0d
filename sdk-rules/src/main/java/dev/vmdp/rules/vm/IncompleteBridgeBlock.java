package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP303: a VM with virtual hardware 7+ and present passthrough entries lacks part of the
 * pciBridge block. Facts: {@code hardwareVersion}, {@code missingBridges} (comma list, when any),
 * {@code badKeys} (comma list of wrong or missing keys of bridges that exist, when any).
 */
final class IncompleteBridgeBlock extends VmRule {
  IncompleteBridgeBlock() {
    super("VMDP303");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!BridgeBlock.applies(vm)) {
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
    Finding.Builder f = finding(subject(vm), m.toString()).putFact("hardwareVersion", String.valueOf(hw));
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
