package dev.vmdp.rules.vm;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * VMDP301: more present passthrough entries than the VM may have: the limit of the pair (host
 * version, virtual hardware version), the smaller of the two (DOMAIN.md 3; a HW 19 VM keeps 16 on
 * an 8.0 U2 host). Silent when the host version is only guessed (neither given nor inferable). Facts:
 * {@code devices}, {@code limit}, {@code hostVersion}, {@code hardwareVersion} (when given),
 * {@code hostVersionInferred} ({@code true}/{@code false}) and, when inferred, {@code assumption},
 * {@code firstExtra}.
 */
final class TooManyPassthroughDevices extends VmRule {
  TooManyPassthroughDevices() {
    super("VMDP301");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (context.hostVersionGuessed()) {
      return;
    }
    EsxVersion version = context.hostVersion();
    Optional<Integer> limit = context.knowledge().products().passthroughDeviceLimit(version, vm.hardwareVersion());
    List<PassthroughDevice> present = vm.presentPassthroughDevices();
    if (limit.isEmpty() || present.size() <= limit.get()) {
      return;
    }
    int max = limit.get();
    PassthroughDevice firstExtra = present.get(max);
    String hw = vm.hardwareVersion().isPresent() ? " with virtualHW.version " + vm.hardwareVersion().getAsInt() : "";
    String message = present.size() + " passthrough devices, ESX " + version + hw + " allows " + max + " per VM"
        + (context.hostVersionKnown() ? "" : " (host version assumed)");
    Finding.Builder f = finding(subject(vm), message)
        .putFact("devices", String.valueOf(present.size()))
        .putFact("limit", String.valueOf(max))
        .putFact("hostVersion", version.toString());
    vm.hardwareVersion().ifPresent(h -> f.putFact("hardwareVersion", String.valueOf(h)));
    f.putFact("hostVersionInferred", String.valueOf(!context.hostVersionKnown()));
    context.hostVersionAssumption().ifPresent(a -> f.putFact("assumption", a));
    f.putFact("firstExtra", firstExtra.keyPrefix());
    f.location(entrySource(vm, firstExtra));
    out.add(f.build());
  }
}
