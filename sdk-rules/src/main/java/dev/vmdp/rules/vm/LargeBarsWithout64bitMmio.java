package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * VMDP311: the memory BARs of the VM's present passthrough devices (the host functions' sizes,
 * when known) total more than 16 GB and {@code pciPassthru.use64bitMMIO} is not TRUE. Devices
 * whose BAR sizes are unknown add nothing; when no size is known the rule is silent. Facts:
 * {@code totalBarBytes}, {@code limitBytes}, {@code devices} (comma list, {@code
 * pciPassthru0=0000:42:00.0:34393292800}), {@code use64bitMMIO}, {@code efi}.
 */
final class LargeBarsWithout64bitMmio extends VmRule {
  static final long LIMIT_BYTES = 16L << 30;

  LargeBarsWithout64bitMmio() {
    super("VMDP311");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (vm.use64bitMmio().orElse(false)) {
      return;
    }
    long total = 0;
    List<PassthroughDevice> counted = new ArrayList<>();
    List<PciFunction> functions = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      Optional<PciFunction> f = hostFunction(context, d);
      OptionalLong bytes = f.isPresent() ? f.get().totalBarBytes() : OptionalLong.empty();
      if (bytes.isPresent()) {
        total += bytes.getAsLong();
        counted.add(d);
        functions.add(f.get());
        sizes.add(bytes.getAsLong());
      }
    }
    if (total <= LIMIT_BYTES) {
      return;
    }
    List<String> devices = new ArrayList<>();
    for (int i = 0; i < counted.size(); i++) {
      devices.add(counted.get(i).keyPrefix() + "=" + functions.get(i).address() + ":" + sizes.get(i));
    }
    PassthroughDevice first = counted.get(0);
    PassthroughDevice firstKnown = first;
    out.add(finding(subject(vm), "passthrough BARs total " + human(total)
            + " (above 16 GB) without pciPassthru.use64bitMMIO = \"TRUE\"")
        .putFact("totalBarBytes", String.valueOf(total))
        .putFact("limitBytes", String.valueOf(LIMIT_BYTES))
        .putFact("devices", String.join(",", devices))
        .putFact("use64bitMMIO", vmxBoolean(vm.use64bitMmio()))
        .putFact("efi", String.valueOf(vm.efi()))
        .location(vm.sourceOf("pcipassthru.use64bitmmio").or(() -> entrySource(vm, firstKnown)))
        .build());
  }

  /** {@code 32 GB}, or {@code 16.03 GB} when not a whole number of GB. */
  static String human(long bytes) {
    if (bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GB";
    }
    return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
  }
}
