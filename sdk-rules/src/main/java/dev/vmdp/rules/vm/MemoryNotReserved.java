package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import java.util.List;

/**
 * VMDP305: a VM with present passthrough entries reserves less memory than {@code memsize} (no
 * reservation key means 0). Silent when {@code memsize} is absent. Facts: {@code memsize},
 * {@code reservation}, {@code reservationKey} ({@code sched.mem.min}, {@code sched.mem.minsize},
 * or {@code absent}). Fix: set the reservation to memsize.
 */
final class MemoryNotReserved extends VmRule {
  MemoryNotReserved() {
    super("VMDP305");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (vm.presentPassthroughDevices().isEmpty() || vm.memoryMb().isEmpty()) {
      return;
    }
    long memsize = vm.memoryMb().getAsLong();
    long reservation = vm.memoryReservationMb().orElse(0);
    if (reservation >= memsize) {
      return;
    }
    String key = reservationKey(vm);
    out.add(finding(subject(vm), "memory reservation " + reservation + " MB is below memsize " + memsize
            + " MB: passthrough needs all guest memory reserved")
        .putFact("memsize", String.valueOf(memsize))
        .putFact("reservation", String.valueOf(reservation))
        .putFact("reservationKey", key)
        .location(firstSource(vm, key, "memsize"))
        .addFix(Fix.forVm(vm, "reserve all " + memsize + " MB of guest memory",
            v -> v.withMemoryReservationMb(v.memoryMb().orElse(memsize))))
        .build());
  }

  /** The reservation key the file has: {@code sched.mem.min}, else {@code sched.mem.minsize}, else {@code absent}. */
  private static String reservationKey(VirtualMachine vm) {
    if (vm.sourceOf("sched.mem.min").isPresent()) {
      return "sched.mem.min";
    }
    if (vm.sourceOf("sched.mem.minsize").isPresent()) {
      return "sched.mem.minsize";
    }
    return vm.memoryReservationMb().isPresent() ? "sched.mem.min" : "absent";
  }
}
