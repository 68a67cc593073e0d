package dev.vmdp.rules.vm;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import java.util.List;

/**
 * VMDP311: the memory BARs of the VM's present fixed passthrough devices (the host functions'
 * sizes, when known) total more than 16 GB and {@code pciPassthru.use64bitMMIO} is not TRUE.
 * Devices whose BAR sizes are unknown add nothing; when no size is known the rule is silent. Facts:
 * {@code totalBarBytes}, {@code limitBytes}, {@code devices} (comma list, {@code
 * pciPassthru0=0000:42:00.0:34393292800}), {@code use64bitMMIO}, {@code efi},
 * {@code suggestedSizeGB}. Fix: turn 64-bit MMIO on and, when the window is absent or too small,
 * size it as DOMAIN.md 5.8 suggests; the binding writes the keys.
 */
final class LargeBarsWithout64bitMmio extends VmRule {
  static final long LIMIT_BYTES = BarNeeds.LIMIT_BYTES;

  LargeBarsWithout64bitMmio() {
    super("VMDP311");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (vm.use64bitMmio().orElse(false)) {
      return;
    }
    BarNeeds needs = BarNeeds.of(context, vm);
    if (!needs.needs64bitMmio()) {
      return;
    }
    long suggested = needs.suggestedWindowGb();
    boolean sizeOk = vm.mmioSizeGb().isPresent() && (vm.mmioSizeGb().getAsLong() << 30) >= needs.bytes64;
    out.add(finding(subject(vm), "passthrough BARs total " + human(needs.totalBytes)
            + " (above 16 GB) but 64-bit MMIO is off")
        .putFact("totalBarBytes", String.valueOf(needs.totalBytes))
        .putFact("limitBytes", String.valueOf(LIMIT_BYTES))
        .putFact("devices", needs.devices())
        .putFact("use64bitMMIO", vmxBoolean(vm.use64bitMmio()))
        .putFact("efi", String.valueOf(vm.efi()))
        .putFact("suggestedSizeGB", String.valueOf(suggested))
        .location(vm.sourceOf("pcipassthru.use64bitmmio").or(() -> entrySource(vm, needs.known.get(0).entry())))
        .addFix(Fix.forVm(vm, "map the passthrough BARs above 4 GB with a " + (sizeOk ? "" : suggested + " GB ")
                + "64-bit MMIO window",
            v -> {
              VirtualMachine.Builder b = VirtualMachine.builder().from(v).use64bitMmio(true);
              if (!sizeOk) {
                b.mmioSizeGb(suggested);
              }
              return b.build();
            }))
        .build());
  }

  /** {@code 32 GB}, or {@code 16.03 GB} when not a whole number of GB. */
  static String human(long bytes) {
    return BarNeeds.human(bytes);
  }
}
