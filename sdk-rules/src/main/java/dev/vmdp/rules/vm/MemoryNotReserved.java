package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import java.util.List;

/**
 * VMDP305: a VM with present passthrough entries (of any kind: an NVIDIA vGPU needs all its memory
 * reserved too) reserves less memory than {@code memsize} (no reservation key means 0). Silent when
 * {@code memsize} is absent. Facts: {@code memsize}, {@code reservation}, {@code reservationKey}
 * ({@code sched.mem.min}, {@code sched.mem.minsize}, or {@code absent}), {@code vgpu}
 * ({@code true} when an entry is a vGPU), and {@code limit} when {@code sched.mem.max} is below
 * memsize. Fix: set the reservation to memsize, which the binding writes in the key the file has
 * (a new one: {@code sched.mem.minsize} for ESX 4.x, else {@code sched.mem.min}); no fix while a
 * memory limit below memsize stands (a reservation cannot exceed the limit: VMDP317's fix removes
 * it first).
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
    boolean vgpu = vm.presentPassthroughDevices().stream().map(PassthroughDevice::kind).anyMatch(k -> k == PassthroughKind.VGPU);
    boolean limited = vm.memoryLimitMb().isPresent() && vm.memoryLimitMb().getAsLong() < memsize;
    String key = reservationKey(vm);
    Finding.Builder f = finding(subject(vm), "memory reservation " + reservation + " MB is below memsize " + memsize
            + " MB: " + (vgpu ? "a vGPU" : "passthrough") + " needs all guest memory reserved"
            + (limited ? " (the memory limit must go first, VMDP317)" : ""))
        .putFact("memsize", String.valueOf(memsize))
        .putFact("reservation", String.valueOf(reservation))
        .putFact("reservationKey", key)
        .putFact("vgpu", String.valueOf(vgpu))
        .location(firstSource(vm, key, "memsize"));
    if (limited) {
      f.putFact("limit", String.valueOf(vm.memoryLimitMb().getAsLong()));
    } else {
      f.addFix(Fix.forVm(vm, "reserve all " + memsize + " MB of guest memory", MemoryNotReserved::reserveAll));
    }
    out.add(f.build());
  }

  /** The VM with all its memory reserved; unchanged when a limit would hold the reservation below it. */
  private static VirtualMachine reserveAll(VirtualMachine v) {
    if (v.memoryMb().isEmpty()) {
      return v;
    }
    long memsize = v.memoryMb().getAsLong();
    if (v.memoryLimitMb().isPresent() && v.memoryLimitMb().getAsLong() < memsize) {
      return v;
    }
    return v.withMemoryReservationMb(memsize);
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
