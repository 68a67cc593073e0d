package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * VMDP313: a present entry has {@code allowedDevices} (Dynamic DirectPath I/O) while
 * {@code virtualHW.version} is below 17; silent when the version is absent. Facts:
 * {@code hardwareVersion}, {@code minimum} (17), {@code allowedDevices}.
 */
final class DynamicDirectPathOnOldHardware extends VmRule {
  static final int MINIMUM = 17;

  DynamicDirectPathOnOldHardware() {
    super("VMDP313");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (vm.hardwareVersion().isEmpty() || vm.hardwareVersion().getAsInt() >= MINIMUM) {
      return;
    }
    int hw = vm.hardwareVersion().getAsInt();
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      if (d.allowedDevices().isEmpty()) {
        continue;
      }
      String allowed = d.allowedDevices().stream()
          .map(DynamicDirectPathOnOldHardware::format).collect(Collectors.joining(","));
      out.add(finding(subject(vm, d), d.keyPrefix() + ".allowedDevices needs virtualHW.version " + MINIMUM
              + " or later, is " + hw)
          .putFact("hardwareVersion", String.valueOf(hw))
          .putFact("minimum", String.valueOf(MINIMUM))
          .putFact("allowedDevices", allowed)
          .location(entrySource(vm, d, "alloweddevices"))
          .build());
    }
  }

  /** {@code 0x10de:0x20f1}, the form the .vmx writes. */
  static String format(PciId id) {
    return "0x" + id.vendorHex() + ":0x" + id.deviceHex();
  }
}
