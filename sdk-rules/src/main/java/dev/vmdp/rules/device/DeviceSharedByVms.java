package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * VMDP207: present entries of two or more VMs checked together name the same host address. When
 * the host's UUID is known, entries whose {@code systemId} names another host are not compared
 * (that is VMDP203); when it is unknown, only entries with the same (or no) {@code systemId} are
 * compared. One finding per entry involved, naming the other VMs and where their entries are;
 * several entries of one VM are not this rule.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code address}, {@code otherVms} (the other VMs' names,
 * comma-separated, in check order).
 */
public final class DeviceSharedByVms extends DeviceRule {
  /** The rule. */
  public DeviceSharedByVms() {
    super("VMDP207");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    String hostUuid = ctx.host().systemUuid().map(DeviceRule::normalizedUuid).orElse(null);
    Map<Object, List<Entry>> groups = new LinkedHashMap<>();
    for (Entry e : entries(ctx)) {
      if (e.address().isEmpty()) {
        continue;
      }
      String sid = e.device.systemId().map(DeviceRule::normalizedUuid).orElse("");
      if (hostUuid != null && !sid.isEmpty() && !sid.equals(hostUuid)) {
        continue;
      }
      // Without the host's UUID, the same address in VMs of different systems is not shared.
      Object key = hostUuid == null ? List.of(e.address().get(), sid) : e.address().get();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Entry> group : groups.values()) {
      List<String> vms = group.stream().map(e -> e.vm.name()).distinct().collect(Collectors.toList());
      if (vms.size() < 2) {
        continue;
      }
      for (Entry e : group) {
        PciAddress a = e.address().get();
        List<String> others = vms.stream().filter(n -> !n.equals(e.vm.name())).collect(Collectors.toList());
        List<String> described = new ArrayList<>();
        for (String other : others) {
          Entry first = group.stream().filter(x -> x.vm.name().equals(other)).findFirst().orElseThrow();
          described.add(other + first.vm.sourceOf(first.device.keyPrefix() + ".id").map(s -> " (" + s + ")").orElse(""));
        }
        out.add(e.finding(this, "id", "host device " + a + " is also assigned to VM" + (others.size() > 1 ? "s " : " ")
            + String.join(", ", described))
            .putFact("address", a.toString()).putFact("otherVms", String.join(",", others)).build());
      }
    }
    return out;
  }
}
