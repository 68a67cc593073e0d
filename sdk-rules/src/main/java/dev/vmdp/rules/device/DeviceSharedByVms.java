package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VMDP207: present fixed entries of two or more VMs checked together name the same host address.
 * When the host's UUID is known, entries whose {@code systemId} names another host are not
 * compared (that is VMDP203); when it is unknown, only entries with the same (or no)
 * {@code systemId} are compared. SR-IOV adapters are not this rule: many VMs may use virtual
 * functions of one physical function. Several entries of one VM are not this rule either.
 *
 * <p>One finding per shared address, at the first entry that names it, naming each VM once, so
 * the output grows with the number of entries, not with its square (issue #18: 2,000 VMs on 8
 * addresses).
 *
 * <p>Facts: {@code address}, {@code vms} (the VMs' names, comma-separated, in check order),
 * {@code count} (how many VMs), {@code entries} ({@code vm:pciPassthruN@file:line} for each VM's
 * first entry, comma-separated).
 */
public final class DeviceSharedByVms extends DeviceRule {
  /** How many VM names the message spells out before it says how many more there are. */
  private static final int NAMES_IN_MESSAGE = 5;

  /** The rule. */
  public DeviceSharedByVms() {
    super("VMDP207");
  }

  /** About the host alone, or comparing VMs: once per check, over every VM's passthrough entries. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
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
      Map<String, Entry> firstOfVm = new LinkedHashMap<>();
      for (Entry e : group) {
        firstOfVm.putIfAbsent(vmKey(e), e);
      }
      if (firstOfVm.size() < 2) {
        continue;
      }
      Entry first = group.get(0);
      PciAddress a = first.address().get();
      // Each VM once, by name; VMs that share a name (copies of one .vmx) also by file.
      Map<String, Integer> named = new HashMap<>();
      firstOfVm.values().forEach(e -> named.merge(e.vm.name(), 1, Integer::sum));
      Set<String> names = new LinkedHashSet<>();
      List<String> entries = new ArrayList<>();
      for (Entry e : firstOfVm.values()) {
        String name = e.vm.name();
        names.add(named.get(name) > 1 ? name + e.vm.file().map(f -> " [" + f + "]").orElse("") : name);
        entries.add(name + ":" + e.device.keyPrefix()
            + e.vm.sourceOf(e.device.keyPrefix() + ".id").map(s -> "@" + s).orElse(""));
      }
      List<String> shown = new ArrayList<>(names).subList(0, Math.min(NAMES_IN_MESSAGE, names.size()));
      String more = names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "";
      out.add(first.finding(this, "id", "host device " + a + " is assigned to " + firstOfVm.size() + " VMs: "
              + String.join(", ", shown) + more)
          .putFact("address", a.toString())
          .putFact("vms", String.join(",", names))
          .putFact("count", String.valueOf(firstOfVm.size()))
          .putFact("entries", String.join(",", entries)).build());
    }
    return out;
  }

  /** One VM: its file when it has one (two VMs may share a name), else its name. */
  private static String vmKey(Entry e) {
    return e.vm.file().orElse("\u0000" + e.vm.name());
  }
}
