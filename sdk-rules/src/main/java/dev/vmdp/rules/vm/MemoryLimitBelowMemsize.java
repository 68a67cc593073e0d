package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import java.util.List;
import java.util.OptionalLong;

/**
 * VMDP317: a VM with present passthrough entries has a memory limit ({@code sched.mem.max}) below
 * {@code memsize}: the reservation passthrough needs cannot exceed the limit, so it can never be
 * full (DOMAIN.md 5.5). A limit equal to memsize (the guide's sample) is fine. Facts:
 * {@code memsize}, {@code limit}. Fix: remove the limit.
 */
final class MemoryLimitBelowMemsize extends VmRule {
  MemoryLimitBelowMemsize() {
    super("VMDP317");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (vm.presentPassthroughDevices().isEmpty() || vm.memoryMb().isEmpty() || vm.memoryLimitMb().isEmpty()) {
      return;
    }
    long memsize = vm.memoryMb().getAsLong();
    long limit = vm.memoryLimitMb().getAsLong();
    if (limit >= memsize) {
      return;
    }
    out.add(finding(subject(vm), "memory limit " + limit + " MB is below memsize " + memsize
            + " MB: passthrough needs all guest memory reserved, which the limit forbids")
        .putFact("memsize", String.valueOf(memsize))
        .putFact("limit", String.valueOf(limit))
        .location(firstSource(vm, "sched.mem.max", "memsize"))
        .addFix(Fix.forVm(vm, "lift the memory limit",
            v -> VirtualMachine.builder().from(v).memoryLimitMb(OptionalLong.empty()).build()))
        .build());
  }
}
