package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * VMDP312: {@code mem.hotadd} or {@code vcpu.hotadd} is TRUE on a VM with present passthrough
 * entries; one finding per key. Facts: {@code key}, {@code value} (TRUE),
 * {@code passthroughDevices}.
 */
final class HotAddWithPassthrough extends VmRule {
  HotAddWithPassthrough() {
    super("VMDP312");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    int n = vm.presentPassthroughDevices().size();
    if (n == 0) {
      return;
    }
    report(vm, out, "mem.hotadd", vm.memoryHotAdd(), n);
    report(vm, out, "vcpu.hotadd", vm.cpuHotAdd(), n);
  }

  private void report(VirtualMachine vm, List<Finding> out, String key, Optional<Boolean> value, int n) {
    if (!value.orElse(false)) {
      return;
    }
    out.add(finding(subject(vm), key + " is TRUE on a VM with passthrough (hot add is not available with VMDirectPath)")
        .putFact("key", key)
        .putFact("value", "TRUE")
        .putFact("passthroughDevices", String.valueOf(n))
        .location(vm.sourceOf(key))
        .build());
  }
}
