package dev.vmdp.rules.reset;

import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.model.VmdpException;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.ReadDiagnosticRule;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans an assignment of host functions to VMs under the reset analysis.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(host, Map.of("render", List.of(PciAddress.parse("01:00.0"))));
 * plan.vms().get(0).extra();   // {0000:01:00.1=shares the bridge reset of 0000:00:01.0 ...}
 * }</pre>
 *
 * <p>For each VM: every other member of the group of a wanted function must join the VM (its reset
 * would hit them, or they are functions of a non-shareable device); functions the VMkernel uses
 * must leave it; a function or a group wanted by two VMs is a conflict, said in plain words and
 * reported as findings: VMDP207 for a function several VMs want, VMDP401/402/403 for a split
 * group, so an infeasible plan has ERROR findings ({@code vmdp plan} exits 1). For each shared
 * reset that a function advertising NoSoftRst- is part of, a {@code d3d0} passthru.map line is
 * suggested. The rule findings are those of the assignment as wanted (before adding the extra
 * functions).
 */
public final class Planner {
  private Planner() {}

  /**
   * Plans.
   *
   * @param host the host (topology, reports, map)
   * @param wanted VM name to the functions it should get, in order
   * @return the plan
   * @throws VmdpException naming an address the host does not have, or a function that is a bridge
   */
  public static Plan plan(Host host, Map<String, List<PciAddress>> wanted) {
    ResetAnalysis analysis = ResetAnalysis.of(host);
    Map<PciAddress, List<String>> wantedBy = new LinkedHashMap<>();
    Map<CoAssignmentGroup, Map<PciAddress, String>> groupTakers = new LinkedHashMap<>();
    List<Plan.VmPlan> vms = new ArrayList<>();
    for (Map.Entry<String, List<PciAddress>> e : wanted.entrySet()) {
      Map<PciAddress, String> extra = new LinkedHashMap<>();
      Set<PciAddress> all = new LinkedHashSet<>();
      List<PciAddress> noReset = new ArrayList<>();
      for (PciAddress a : e.getValue()) {
        CoAssignmentGroup g = analysis.groupOf(a).orElseThrow(() -> new VmdpException(
            host.topology().contains(a) ? a + " is a bridge; bridges cannot be passed through"
                : "host " + host.name() + " has no PCI function " + a));
        List<String> by = wantedBy.computeIfAbsent(a, k -> new ArrayList<>());
        if (!by.contains(e.getKey())) {
          by.add(e.getKey());
        }
        groupTakers.computeIfAbsent(g, k -> new LinkedHashMap<>()).putIfAbsent(a, e.getKey());
        all.addAll(g.members());
        if (analysis.method(a).map(EffectiveReset::none).orElse(false)) {
          noReset.add(a);
        }
      }
      for (PciAddress m : all) {
        if (!e.getValue().contains(m)) {
          CoAssignmentGroup g = analysis.groupOf(m).orElseThrow();
          String mine = g.reasons().stream().filter(r -> r.contains(m.toString())).findFirst()
              .orElse(g.reasons().isEmpty() ? "in the same group" : g.reasons().get(0));
          extra.put(m, mine);
        }
      }
      List<PciAddress> kernel = new ArrayList<>();
      for (PciAddress m : all) {
        if (host.vmkernelOwned(m).orElse(false)) {
          kernel.add(m);
        }
      }
      vms.add(new Plan.VmPlan(e.getKey(), List.copyOf(e.getValue()), extra, kernel, noReset));
    }
    List<String> conflicts = new ArrayList<>();
    List<Finding> shared = new ArrayList<>();
    for (Map.Entry<PciAddress, List<String>> w : wantedBy.entrySet()) {
      if (w.getValue().size() > 1) {
        String message = w.getKey() + " is wanted by " + and(w.getValue());
        conflicts.add(message);
        shared.add(sharedFunction(host, w.getKey(), w.getValue(), message));
      }
    }
    for (Map.Entry<CoAssignmentGroup, Map<PciAddress, String>> t : groupTakers.entrySet()) {
      Set<String> takers = new LinkedHashSet<>(t.getValue().values());
      if (takers.size() > 1) {
        List<String> who = new ArrayList<>();
        t.getValue().forEach((a, vm) -> who.add(a + " (vm " + vm + ")"));
        conflicts.add(and(who) + " must go to one owner: " + String.join("; ", t.getKey().reasons()));
      }
    }
    return new Plan(analysis, vms, conflicts, suggestions(analysis, wanted), findings(host, wanted, shared));
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String and(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  /**
   * VMDP207 for a function that several VMs of the plan want, in the plan's own words (no .vmx
   * entry exists yet to point at). Facts: {@code address}, {@code vms}.
   */
  private static Finding sharedFunction(Host host, PciAddress address, List<String> vms, String message) {
    CatalogueEntry entry = RuleCatalogue.standard().get("VMDP207");
    return Finding.builder().ruleId("VMDP207").severity(entry.severity())
        .subject("host " + host.name() + " device " + address)
        .message(message + ": one host device can be given to one VM only")
        .putFact("address", address.toString()).putFact("vms", String.join(",", vms)).build();
  }

  private static Map<PassthruMapEntry, String> suggestions(ResetAnalysis analysis, Map<String, List<PciAddress>> wanted) {
    Map<PassthruMapEntry, String> out = new LinkedHashMap<>();
    Set<PciId> seen = new LinkedHashSet<>();
    for (List<PciAddress> fns : wanted.values()) {
      for (PciAddress a : fns) {
        CoAssignmentGroup g = analysis.groupOf(a).orElse(null);
        if (g == null || !g.sharedReset() || g.single()) {
          continue;
        }
        for (PciAddress m : g.members()) {
          PciFunction f = analysis.host().topology().function(m).orElseThrow();
          boolean shared = analysis.method(m).map(EffectiveReset::shared).orElse(false);
          if (!shared || f.id().isEmpty() || !f.noSoftReset().map(n -> !n).orElse(false) || !seen.add(f.id().get())) {
            continue;
          }
          PciId id = f.id().get();
          PassthruMapEntry line = PassthruMapEntry.builder().vendor(id.vendor()).device(id.device())
              .resetMethod(ResetMethod.D3D0).fptShareable(FptShareable.DEFAULT).build();
          out.put(line, m + " advertises NoSoftRst- (D3hot to D0 resets it), so it could be reset alone instead of by the "
              + analysis.method(m).orElseThrow().methodName() + " reset of " + g.dependentBridge().map(Object::toString)
              .orElse("its bridge"));
        }
      }
    }
    return out;
  }

  private static Report findings(Host host, Map<String, List<PciAddress>> wanted, List<Finding> shared) {
    List<VirtualMachine> vms = new ArrayList<>();
    for (Map.Entry<String, List<PciAddress>> e : wanted.entrySet()) {
      VirtualMachine.Builder b = VirtualMachine.builder().name(e.getKey());
      int i = 0;
      for (PciAddress a : e.getValue()) {
        b.addPassthroughDevice(PassthroughDevice.builder().index(i++).present(true).id(a.toVmxLongForm()).build());
      }
      vms.add(b.build());
    }
    List<Rule> rules = new ArrayList<>(ResetRules.all());
    for (String id : List.of("VMDP501", "VMDP502", "VMDP503")) {
      rules.add(new ReadDiagnosticRule(id, RuleCatalogue.standard().get(id).severity(),
          RuleCatalogue.standard().get(id).summary()));
    }
    Report checked = RuleEngine.builder().rules(rules).build().check(host, vms);
    if (shared.isEmpty()) {
      return checked;
    }
    List<Finding> all = new ArrayList<>(checked.findings());
    all.addAll(shared);
    all.sort(Report.ORDER);
    return new Report(all, checked.assumptions());
  }
}
