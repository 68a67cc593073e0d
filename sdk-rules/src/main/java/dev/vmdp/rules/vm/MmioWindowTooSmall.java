package dev.vmdp.rules.vm;

import dev.vmdp.model.Severity;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import java.util.List;

/**
 * VMDP314: the VM turns 64-bit MMIO on with a window ({@code pciPassthru.64bitMMIOSizeGB}) smaller
 * than the sum of its fixed passthrough devices' 64-bit BARs, which fails at power-on with "total
 * number of pages needed ... exceeds limit" (DOMAIN.md 5.8). The sizes are the host functions'
 * ({@code lspci -vvv}); when some entry's sizes are unknown and the known ones fit, the window is
 * "not verified" (an INFO finding with {@code verified = false}), never guessed. Facts:
 * {@code windowGB}, {@code bars64Bytes}, {@code minimumGB}, {@code suggestedSizeGB},
 * {@code devices}, {@code verified}, {@code unknownEntries} (when any). Fix: set the window to the
 * suggested size (twice the sum rounded up to a power of two).
 */
final class MmioWindowTooSmall extends VmRule {
  MmioWindowTooSmall() {
    super("VMDP314");
  }

  @Override
  void check(CheckContext context, VirtualMachine vm, List<Finding> out) {
    if (!vm.use64bitMmio().orElse(false) || vm.mmioSizeGb().isEmpty()) {
      return;
    }
    BarNeeds needs = BarNeeds.of(context, vm);
    if (needs.known.isEmpty() && needs.unknown.isEmpty()) {
      return;
    }
    long window = vm.mmioSizeGb().getAsLong();
    boolean tooSmall = (window << 30) < needs.bytes64;
    if (!tooSmall && needs.unknown.isEmpty()) {
      return;
    }
    long suggested = needs.suggestedWindowGb();
    Finding.Builder f;
    if (tooSmall) {
      f = finding(subject(vm), "the 64-bit MMIO window of " + window + " GB is smaller than the "
              + BarNeeds.human(needs.bytes64) + " of 64-bit BARs of the passthrough devices (at least "
              + needs.minimumWindowGb() + " GB, " + suggested + " GB suggested)")
          .addFix(Fix.forVm(vm, "size the 64-bit MMIO window at " + suggested + " GB",
              v -> VirtualMachine.builder().from(v).mmioSizeGb(suggested).build()));
    } else {
      f = finding(subject(vm), "the 64-bit MMIO window of " + window + " GB is not verified: the BAR sizes of "
              + needs.unknownEntries().replace(",", ", ") + " are not known (give lspci -vvv)")
          .severity(Severity.INFO);
    }
    f.putFact("windowGB", String.valueOf(window))
        .putFact("bars64Bytes", String.valueOf(needs.bytes64))
        .putFact("minimumGB", String.valueOf(needs.minimumWindowGb()))
        .putFact("suggestedSizeGB", String.valueOf(suggested))
        .putFact("devices", needs.devices())
        .putFact("verified", String.valueOf(needs.unknown.isEmpty()));
    if (!needs.unknown.isEmpty()) {
      f.putFact("unknownEntries", needs.unknownEntries());
    }
    out.add(f.location(firstSource(vm, "pcipassthru.64bitmmiosizegb")).build());
  }
}
