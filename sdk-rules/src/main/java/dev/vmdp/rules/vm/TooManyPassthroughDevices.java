package dev.vmdp.rules.vm;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * VMDP301: more present passthrough entries than the host version allows per VM. Facts:
 * {@code devices}, {@code limit}, {@code hostVersion}, {@code hostVersionInferred}
 * ({@code true}/{@code false}) and, when inferred, {@code assumption}.
 */
final class TooManyPassthroughDevices extends VmRule {
  TooManyPassthroughDevices() {
    super("VMDP301");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    EsxVersion version = context.hostVersion();
    Optional<Integer> limit = context.knowledge().products().passthroughDeviceLimit(version);
    List<PassthroughDevice> present = vm.presentPassthroughDevices();
    if (limit.isEmpty() || present.size() <= limit.get()) {
      return;
    }
    int max = limit.get();
    PassthroughDevice firstExtra = present.get(max);
    String message = present.size() + " passthrough devices, ESX " + version + " allows " + max + " per VM"
        + (context.hostVersionKnown() ? "" : " (host version assumed)");
    Finding.Builder f = finding(subject(vm), message)
        .putFact("devices", String.valueOf(present.size()))
        .putFact("limit", String.valueOf(max))
        .putFact("hostVersion", version.toString())
        .putFact("hostVersionInferred", String.valueOf(!context.hostVersionKnown()));
    context.hostVersionAssumption().ifPresent(a -> f.putFact("assumption", a));
    f.putFact("firstExtra", firstExtra.keyPrefix());
    f.location(entrySource(vm, firstExtra));
    out.add(f.build());
  }
}
