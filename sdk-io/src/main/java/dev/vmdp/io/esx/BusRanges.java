package dev.vmdp.io.esx;

import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bus ranges of the PCI bridges of {@code esxcli hardware pci list}, from what it says of
 * every function: its {@code Parent Device} and, for a bridge, its {@code Spawned Bus}. A bridge's
 * secondary bus is its spawned bus (else the lowest bus of its children), its subordinate bus the
 * highest bus below it (its children's, theirs, and so on). A bridge whose buses nothing shows
 * keeps no range.
 */
final class BusRanges {
  private BusRanges() {}

  static List<PciFunction> derive(Map<PciAddress, PciFunction> functions, Map<PciAddress, HostDeviceReport> reports,
      Map<PciAddress, Integer> spawned) {
    Map<PciAddress, List<PciAddress>> children = new HashMap<>();
    for (HostDeviceReport r : reports.values()) {
      r.parent().filter(p -> p.segment() == r.address().segment())
          .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(r.address()));
    }
    List<PciFunction> out = new ArrayList<>(functions.size());
    for (PciFunction f : functions.values()) {
      if (f.bridge().isPresent() || !f.classCode().map(c -> c.isPciBridge()).orElse(false)) {
        out.add(f);
        continue;
      }
      int own = f.address().bus();
      int secondary = spawned.getOrDefault(f.address(), -1);
      if (secondary <= own) {
        secondary = children.getOrDefault(f.address(), List.of()).stream().mapToInt(PciAddress::bus)
            .filter(b -> b > own).min().orElse(-1);
      }
      if (secondary <= own) {
        out.add(f);
        continue;
      }
      int subordinate = Math.max(secondary, highestBelow(f.address(), children, spawned, new HashSet<>()));
      out.add(PciFunction.builder().from(f).bridge(BusRange.of(own, secondary, subordinate)).build());
    }
    return out;
  }

  private static int highestBelow(PciAddress bridge, Map<PciAddress, List<PciAddress>> children,
      Map<PciAddress, Integer> spawned, Set<PciAddress> seen) {
    int max = spawned.getOrDefault(bridge, -1);
    if (!seen.add(bridge)) {
      return max; // a loop of Parent Device entries ends here
    }
    for (PciAddress c : children.getOrDefault(bridge, List.of())) {
      max = Math.max(max, Math.max(c.bus(), highestBelow(c, children, spawned, seen)));
    }
    return max;
  }
}
