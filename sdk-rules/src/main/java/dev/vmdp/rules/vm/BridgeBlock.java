package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pciBridge block the client writes on virtual hardware 7 and later (the guide's sample;
 * DOMAIN.md 5.6): {@code pciBridge0} present; {@code pciBridge4}..{@code pciBridge7} present,
 * {@code virtualDev = "pcieRootPort"}, {@code functions = "8"}; after the first power-on the host
 * adds slot numbers 17, 21, 22, 23, 24.
 */
final class BridgeBlock {
  static final String ROOT_PORT = "pcieRootPort";
  static final int FUNCTIONS = 8;
  static final List<Integer> ROOT_PORTS = List.of(4, 5, 6, 7);
  static final Map<Integer, Integer> SLOTS = Map.of(0, 17, 4, 21, 5, 22, 6, 23, 7, 24);

  private BridgeBlock() {}

  /** The bridges the client writes that are absent from the VM ({@code pciBridge4}). */
  static List<String> missing(VirtualMachine vm) {
    List<String> out = new ArrayList<>();
    for (int i : indexes()) {
      if (vm.pciBridge(i).isEmpty()) {
        out.add("pciBridge" + i);
      }
    }
    return out;
  }

  /**
   * The keys of the bridges present in the file that are wrong or missing for a usable block:
   * {@code pciBridge5.present} (absent or FALSE), {@code pciBridge6.virtualDev} (not
   * pcieRootPort), {@code pciBridge7.functions} (absent).
   */
  static List<String> badKeys(VirtualMachine vm) {
    List<String> out = new ArrayList<>();
    for (int i : indexes()) {
      Optional<PciBridge> b = vm.pciBridge(i);
      if (b.isEmpty()) {
        continue;
      }
      PciBridge bridge = b.get();
      if (!bridge.isPresent()) {
        out.add(bridge.keyPrefix() + ".present");
      }
      if (i != 0) {
        if (!bridge.virtualDev().map(ROOT_PORT::equalsIgnoreCase).orElse(false)) {
          out.add(bridge.keyPrefix() + ".virtualDev");
        }
        if (bridge.functions().isEmpty()) {
          out.add(bridge.keyPrefix() + ".functions");
        }
      }
    }
    return out;
  }

  /** True when the VM has virtual hardware 7 or later and at least one present passthrough entry. */
  static boolean applies(VirtualMachine vm) {
    return vm.hardwareVersion().isPresent() && vm.hardwareVersion().getAsInt() >= OldVirtualHardware.MINIMUM
        && !vm.presentPassthroughDevices().isEmpty();
  }

  static List<Integer> indexes() {
    List<Integer> all = new ArrayList<>();
    all.add(0);
    all.addAll(ROOT_PORTS);
    return all;
  }
}
