package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.Bar;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the memory BARs of a VM's fixed passthrough devices need (DOMAIN.md 5.8), from the BAR
 * sizes of the host functions ({@code lspci -vvv}): the total, the sum of the 64-bit BARs, and the
 * entries whose sizes are not known (for which nothing is guessed).
 */
final class BarNeeds {
  /** The size above which the BARs need {@code pciPassthru.use64bitMMIO} (the vSphere 6.x statement). */
  static final long LIMIT_BYTES = 16L << 30;
  private static final long GB = 1L << 30;

  /** One fixed entry whose host function's BAR sizes are known. */
  record Known(PassthroughDevice entry, PciFunction function, long totalBytes, long bytes64) {}

  final List<Known> known = new ArrayList<>();
  final List<PassthroughDevice> unknown = new ArrayList<>();
  long totalBytes;
  long bytes64;

  private BarNeeds() {}

  /** The needs of a VM's present fixed entries. */
  static BarNeeds of(CheckContext context, VirtualMachine vm) {
    BarNeeds n = new BarNeeds();
    for (PassthroughDevice d : vm.presentPassthroughDevices()) {
      if (!d.isFixed()) {
        continue;
      }
      Optional<PciFunction> f = VmRule.hostFunction(context, d);
      if (f.isEmpty() || f.get().totalBarBytes().isEmpty()) {
        n.unknown.add(d);
        continue;
      }
      long total = f.get().totalBarBytes().getAsLong();
      long b64 = f.get().bars().stream().filter(Bar::isMmio).filter(Bar::sixtyFourBit).mapToLong(Bar::size).sum();
      n.known.add(new Known(d, f.get(), total, b64));
      n.totalBytes += total;
      n.bytes64 += b64;
    }
    return n;
  }

  /** True when the known BARs alone total more than 16 GB. */
  boolean needs64bitMmio() {
    return totalBytes > LIMIT_BYTES;
  }

  /** The smallest window for the 64-bit BARs: their sum rounded up to a power of two, in GB (at least 1). */
  long minimumWindowGb() {
    long gb = Math.max(1, (bytes64 + GB - 1) / GB);
    return Long.highestOneBit(gb) == gb ? gb : Long.highestOneBit(gb) << 1;
  }

  /** The window vmdp suggests: twice the minimum (the rule of thumb of VMware's and NVIDIA's guides). */
  long suggestedWindowGb() {
    return minimumWindowGb() * 2;
  }

  /** {@code pciPassthru0=0000:42:00.0:34393292800,...}: each known entry, its function and BAR total. */
  String devices() {
    List<String> out = new ArrayList<>();
    for (Known k : known) {
      out.add(k.entry().keyPrefix() + "=" + k.function().address() + ":" + k.totalBytes());
    }
    return String.join(",", out);
  }

  /** The entries whose sizes are unknown, comma-separated. */
  String unknownEntries() {
    List<String> out = new ArrayList<>();
    unknown.forEach(d -> out.add(d.keyPrefix()));
    return String.join(",", out);
  }

  /** {@code 32 GB}, or {@code 16.03 GB} when not a whole number of GB. */
  static String human(long bytes) {
    if (bytes % GB == 0) {
      return (bytes / GB) + " GB";
    }
    return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / (double) GB);
  }
}
