package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pciBridge blocks the client writes (DOMAIN.md 5.6), in two layouts:
 *
 * <ul>
 *   <li>the root-port layout of virtual hardware 7 and later (the guide's sample):
 *       {@code pciBridge0} present; {@code pciBridge4}..{@code pciBridge7} present,
 *       {@code virtualDev = "pcieRootPort"}, {@code functions = "8"};
 *   <li>the ACPI motherboard layout of HW 20+ EFI VMs ({@code chipset.motherboardLayout = "acpi"}):
 *       {@code pciBridge0} and {@code pciBridge1} with {@code virtualDev = "pciRootBridge"}, and no
 *       root-port block.
 * </ul>
 *
 * <p>Slot numbers are the host's to assign and differ between versions (the guide's ESX 4 sample
 * has {@code pciBridge0.pciSlotNumber = "19"}, later ESXi writes 17): they are never evidence of a
 * hand edit.
 */
final class BridgeBlock {
  static final String ROOT_PORT = "pcieRootPort";
  static final String ROOT_BRIDGE = "pciRootBridge";
  static final int FUNCTIONS = 8;
  static final List<Integer> ROOT_PORTS = List.of(4, 5, 6, 7);
  /** The first virtual hardware whose EFI VMs may use the ACPI motherboard layout. */
  static final int ACPI_MINIMUM_HW = 20;

  private BridgeBlock() {}

  /**
   * True when the VM uses the ACPI motherboard layout: {@code chipset.motherboardLayout = "acpi"},
   * or a {@code pciBridge0}/{@code pciBridge1} with {@code virtualDev = "pciRootBridge"}.
   */
  static boolean acpiLayout(VirtualMachine vm) {
    if (vm.acpiMotherboardLayout()) {
      return true;
    }
    for (PciBridge b : vm.pciBridges()) {
      if (b.index() <= 1 && b.virtualDev().isPresent() && b.virtualDev().get().equalsIgnoreCase(ROOT_BRIDGE)) {
        return true;
      }
    }
    return false;
  }

  /** True when the ACPI layout is the one the client writes for this VM: HW 20 or later, EFI. */
  static boolean acpiLayoutAccepted(VirtualMachine vm) {
    return acpiLayout(vm) && vm.efi() && vm.hardwareVersion().orElse(0) >= ACPI_MINIMUM_HW;
  }

  /** The bridge indexes of the VM's layout: 0, 1 for the ACPI layout, else 0, 4..7. */
  static List<Integer> indexes(VirtualMachine vm) {
    List<Integer> all = new ArrayList<>();
    all.add(0);
    if (acpiLayout(vm)) {
      all.add(1);
    } else {
      all.addAll(ROOT_PORTS);
    }
    return all;
  }

  /** The bridges the client writes that are absent from the VM ({@code pciBridge4}). */
  static List<String> missing(VirtualMachine vm) {
    List<String> out = new ArrayList<>();
    for (int i : indexes(vm)) {
      if (vm.pciBridge(i).isEmpty()) {
        out.add("pciBridge" + i);
      }
    }
    return out;
  }

  /**
   * The keys of the bridges present in the file that are wrong or missing for a usable block:
   * {@code pciBridge5.present} (absent or FALSE), {@code pciBridge6.virtualDev} (not
   * pcieRootPort; pciRootBridge in the ACPI layout), {@code pciBridge7.functions} (absent).
   */
  static List<String> badKeys(VirtualMachine vm) {
    boolean acpi = acpiLayout(vm);
    List<String> out = new ArrayList<>();
    for (int i : indexes(vm)) {
      Optional<PciBridge> b = vm.pciBridge(i);
      if (b.isEmpty()) {
        continue;
      }
      PciBridge bridge = b.get();
      if (!bridge.isPresent()) {
        out.add(bridge.keyPrefix() + ".present");
      }
      if (acpi) {
        // pciBridge0 of the ACPI layout may leave virtualDev out when the chipset key says acpi.
        if (bridge.virtualDev().filter(d -> !d.equalsIgnoreCase(ROOT_BRIDGE)).isPresent()
            || (i == 1 && bridge.virtualDev().isEmpty())) {
          out.add(bridge.keyPrefix() + ".virtualDev");
        }
      } else if (i != 0) {
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
}
