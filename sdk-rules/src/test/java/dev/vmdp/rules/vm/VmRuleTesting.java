package dev.vmdp.rules.vm;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.VmFix;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;

/** Helpers for VM rule tests: run one rule, build realistic VMs. */
final class VmRuleTesting {
  private VmRuleTesting() {}

  static List<Finding> check(Rule rule, Host host, VirtualMachine... vms) {
    return rule.check(CheckContext.of(host, List.of(vms), List.of(), KnowledgeBase.standard()));
  }

  static List<Finding> check(Rule rule, VirtualMachine... vms) {
    return check(rule, Fixtures.guideHost(), vms);
  }

  /** Applies every fix of the findings to the VM. */
  static VirtualMachine applyAll(List<Finding> findings, VirtualMachine vm) {
    VirtualMachine v = vm;
    for (Finding f : findings) {
      for (Fix fix : f.fixes()) {
        v = ((VmFix) fix).applyTo(v);
      }
    }
    return v;
  }

  /** The client's pciBridge block: pciBridge0 and pciBridge4..7 as root ports with 8 functions. */
  static void addBridgeBlock(VirtualMachine.Builder b) {
    b.addPciBridge(PciBridge.builder().index(0).present(true).pciSlotNumber(17).build());
    for (int i = 4; i <= 7; i++) {
      b.addPciBridge(PciBridge.builder().index(i).present(true).virtualDev("pcieRootPort").functions(8)
          .pciSlotNumber(17 + i).build());
    }
  }

  /** A VM builder with a name, virtual hardware, memory fully reserved and the bridge block. */
  static VirtualMachine.Builder vm(String name, int hw) {
    VirtualMachine.Builder b = VirtualMachine.builder().name(name).hardwareVersion(hw).memoryMb(4096)
        .memoryReservationMb(4096);
    addBridgeBlock(b);
    return b;
  }

  /** A present entry with the four keys, at the given slot. */
  static PassthroughDevice entry(int index, String id, int vendor, int device, int slot) {
    return PassthroughDevice.builder().index(index).present(true).id(id).vendorId(vendor).deviceId(device)
        .systemId(Fixtures.GUIDE_UUID).pciSlotNumber(slot).build();
  }

  /** Where a key is, as a .vmx reader would record it. */
  static SourceRef at(String file, int line) {
    return SourceRef.of(file, line);
  }
}
