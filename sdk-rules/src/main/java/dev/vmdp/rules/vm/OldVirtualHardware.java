package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP302: a VM with present passthrough entries has {@code virtualHW.version} below 7. Silent
 * when the version is absent. Facts: {@code hardwareVersion}, {@code minimum} (7),
 * {@code passthroughDevices}.
 */
final class OldVirtualHardware extends VmRule {
  static final int MINIMUM = 7;

  OldVirtualHardware() {
    super("VMDP302");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (vm.presentPassthroughDevices().isEmpty() || vm.hardwareVersion().isEmpty()) {
      return;
    }
    int hw = vm.hardwareVersion().getAsInt();
    if (hw >= MINIMUM) {
      return;
    }
    out.add(finding(subject(vm), "virtualHW.version " + hw + " is below " + MINIMUM + ", the minimum for VMDirectPath")
        .putFact("hardwareVersion", String.valueOf(hw))
        .putFact("minimum", String.valueOf(MINIMUM))
        .putFact("passthroughDevices", String.valueOf(vm.presentPassthroughDevices().size()))
        .location(vm.sourceOf("virtualhw.version"))
        .build());
  }
}
