package dev.vmdp.rules.reset;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds co-assignment groups with union-find: every function whose reset is {@code link} or
 * {@code bridge} joins everything below its reset bridge (each bridge's domain joined once), and
 * the functions of a non-shareable device join each other. Each union keeps its reason.
 */
final class Grouping {
  private Grouping() {}

  static List<CoAssignmentGroup> groups(Host host, List<PciFunction> candidates, Map<PciAddress, EffectiveReset> methods,
      Map<PciAddress, PassthruMapEntry> lines) {
    Map<PciAddress, Integer> index = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      index.put(candidates.get(i).address(), i);
    }
    int[] parent = new int[candidates.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Integer, List<String>> reasons = new HashMap<>();
    Map<Integer, PciAddress> bridgeOf = new HashMap<>();
    Map<Integer, ResetMethod> sharedMethod = new HashMap<>();
    Set<Integer> notShareable = new HashSet<>();
    List<String> pending = new ArrayList<>();

    // Shared resets: per reset bridge, once.
    Map<PciAddress, List<EffectiveReset>> byBridge = new LinkedHashMap<>();
    for (EffectiveReset r : methods.values()) {
      if (r.shared() && r.resetBridge().isPresent()) {
        byBridge.computeIfAbsent(r.resetBridge().get(), k -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<PciAddress, List<EffectiveReset>> e : byBridge.entrySet()) {
      List<PciAddress> domain = new ArrayList<>();
      for (PciFunction f : host.topology().below(e.getKey())) {
        if (index.containsKey(f.address())) {
          domain.add(f.address());
        }
      }
      for (EffectiveReset r : e.getValue()) {
        if (!domain.contains(r.address())) {
          domain.add(r.address());
        }
      }
      domain = ResetAnalysis.sorted(domain);
      int first = index.get(domain.get(0));
      for (PciAddress a : domain) {
        union(parent, first, index.get(a));
      }
      ResetMethod m = e.getValue().stream().anyMatch(r -> r.method().orElse(null) == ResetMethod.BRIDGE)
          ? ResetMethod.BRIDGE : ResetMethod.LINK;
      for (EffectiveReset r : e.getValue()) {
        List<PciAddress> others = new ArrayList<>(domain);
        others.remove(r.address());
        String hits = others.isEmpty() ? "; no other function is below " + e.getKey()
            : ", which also resets " + ResetAnalysis.names(others);
        pending.add(r.address() + "\u0000" + r.address() + " is reset by a " + r.methodName() + " reset of "
            + e.getKey() + " (" + r.source() + ")" + hits);
      }
      int root = find(parent, first);
      bridgeOf.putIfAbsent(root, e.getKey());
      sharedMethod.merge(root, m, (x, y) -> x == ResetMethod.BRIDGE || y == ResetMethod.BRIDGE ? ResetMethod.BRIDGE : x);
    }

    // Non-shareable devices: the functions of one bus:device together.
    Set<PciAddress> doneDevices = new HashSet<>();
    for (PciFunction f : candidates) {
      PciAddress device = f.address().withFunction(0);
      if (doneDevices.contains(device) || !notShareable(host, f, lines.get(f.address()))) {
        continue;
      }
      doneDevices.add(device);
      List<PciAddress> fns = new ArrayList<>();
      for (PciFunction g : host.topology().functionsOfDevice(f.address())) {
        if (index.containsKey(g.address())) {
          fns.add(g.address());
        }
      }
      if (fns.size() < 2) {
        continue;
      }
      fns = ResetAnalysis.sorted(fns);
      int first = index.get(fns.get(0));
      for (PciAddress a : fns) {
        union(parent, first, index.get(a));
      }
      notShareable.add(index.get(fns.get(0)));
      PassthruMapEntry line = lines.get(f.address());
      String why = line != null && line.fptShareable() == FptShareable.FALSE
          ? line.source().map(s -> "passthru.map line " + s.line() + ": ").orElse("passthru.map: ") + line.toLine()
          : "esxcli FPT Sharable: false";
      pending.add(fns.get(0) + "\u0000" + ResetAnalysis.names(fns) + " are functions of one device that is not "
          + "shareable (" + why + ")");
    }

    // Collect.
    Map<Integer, List<PciAddress>> members = new LinkedHashMap<>();
    for (PciFunction f : candidates) {
      members.computeIfAbsent(find(parent, index.get(f.address())), k -> new ArrayList<>()).add(f.address());
    }
    for (String p : pending) {
      int cut = p.indexOf('\u0000');
      int root = find(parent, index.get(PciAddress.parse(p.substring(0, cut))));
      reasons.computeIfAbsent(root, k -> new ArrayList<>()).add(p.substring(cut + 1));
    }
    Map<Integer, PciAddress> bridges = new HashMap<>();
    Map<Integer, ResetMethod> shared = new HashMap<>();
    bridgeOf.forEach((k, v) -> bridges.putIfAbsent(find(parent, k), v));
    sharedMethod.forEach((k, v) -> shared.merge(find(parent, k), v,
        (x, y) -> x == ResetMethod.BRIDGE || y == ResetMethod.BRIDGE ? ResetMethod.BRIDGE : x));
    Set<Integer> unshareable = new HashSet<>();
    notShareable.forEach(i -> unshareable.add(find(parent, i)));
    List<CoAssignmentGroup> out = new ArrayList<>();
    for (Map.Entry<Integer, List<PciAddress>> e : members.entrySet()) {
      int root = e.getKey();
      List<PciAddress> ms = ResetAnalysis.sorted(e.getValue());
      ResetMethod m = shared.get(root);
      if (m == null) {
        m = common(ms, methods);
      }
      out.add(new CoAssignmentGroup(ms, m, bridges.get(root), reasons.getOrDefault(root, List.of()),
          shared.containsKey(root), unshareable.contains(root)));
    }
    out.sort((a, b) -> a.members().get(0).compareTo(b.members().get(0)));
    return out;
  }

  private static ResetMethod common(List<PciAddress> members, Map<PciAddress, EffectiveReset> methods) {
    ResetMethod m = null;
    for (PciAddress a : members) {
      ResetMethod x = methods.get(a).method().orElse(null);
      if (x == null || (m != null && m != x)) {
        return null;
      }
      m = x;
    }
    return m;
  }

  private static boolean notShareable(Host host, PciFunction f, PassthruMapEntry line) {
    if (line != null && line.fptShareable() == FptShareable.FALSE) {
      return true;
    }
    return host.deviceReport(f.address()).flatMap(HostDeviceReport::fptShareable).map(s -> !s).orElse(false);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[rb] = ra;
    }
  }
}
