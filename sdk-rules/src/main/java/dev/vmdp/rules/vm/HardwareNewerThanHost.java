package dev.vmdp.rules.vm;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP316: the VM's {@code virtualHW.version} is newer than the newest the host's product runs
 * (HW 21 needs ESXi 8.0 U2, DOMAIN.md 4): the VM cannot be registered or powered on there. Only when
 * the host gave its version (an inferred version runs the VM by definition). Facts:
 * {@code hardwareVersion}, {@code hostVersion}, {@code newestHardwareVersion},
 * {@code oldestProduct} (the oldest product that runs the VM, when known).
 */
final class HardwareNewerThanHost extends VmRule {
  HardwareNewerThanHost() {
    super("VMDP316");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!context.hostVersionKnown() || vm.hardwareVersion().isEmpty()) {
      return;
    }
    EsxVersion host = context.hostVersion();
    int hw = vm.hardwareVersion().getAsInt();
    if (context.knowledge().products().runsHardwareVersion(host, hw)
        || context.knowledge().products().hardwareVersionOf(host).isEmpty()) {
      return;
    }
    int newest = context.knowledge().products().hardwareVersionOf(host).get();
    Finding.Builder f = finding(subject(vm), "virtualHW.version " + hw + " is newer than ESX " + host
            + " runs (up to " + newest + ")")
        .putFact("hardwareVersion", String.valueOf(hw))
        .putFact("hostVersion", host.toString())
        .putFact("newestHardwareVersion", String.valueOf(newest));
    context.knowledge().products().oldestProductFor(hw).ifPresent(p -> f.putFact("oldestProduct", p.toString()));
    out.add(f.location(vm.sourceOf("virtualhw.version")).build());
  }
}
