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
import dev.vmdp.rules.Report;
import dev.vmdp.rules.ReadDiagnosticRule;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
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
 * must leave it; a group wanted by two VMs is a conflict. For each shared reset that a function
 * advertising NoSoftRst- is part of, a {@code d3d0} passthru.map line is suggested. The rule
 * findings are those of the assignment as wanted (before adding the extra functions).
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
    Map<CoAssignmentGroup, String> takenBy = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    List<Plan.VmPlan> vms = new ArrayList<>();
    for (Map.Entry<String, List<PciAddress>> e : wanted.entrySet()) {
      Map<PciAddress, String> extra = new LinkedHashMap<>();
      Set<PciAddress> all = new LinkedHashSet<>();
      List<PciAddress> noReset = new ArrayList<>();
      for (PciAddress a : e.getValue()) {
        CoAssignmentGroup g = analysis.groupOf(a).orElseThrow(() -> new VmdpException(
            host.topology().contains(a) ? a + " is a bridge; bridges cannot be passed through"
                : "host " + host.name() + " has no PCI function " + a));
        String other = takenBy.putIfAbsent(g, e.getKey());
        if (other != null && !other.equals(e.getKey())) {
          conflicts.add(a + " (vm " + e.getKey() + ") and the functions of vm " + other + " are in one group "
              + g.members() + ": " + String.join("; ", g.reasons()));
        }
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
    return new Plan(analysis, vms, conflicts, suggestions(analysis, wanted), findings(host, wanted));
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

  private static Report findings(Host host, Map<String, List<PciAddress>> wanted) {
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
      rules.add(new ReadDiagnosticRule(id, RuleCatalogue.standard().get(id).severity(), RuleCatalogue.standard().get(id).summary()));
    }
    return RuleEngine.builder().rules(rules).build().check(host, vms);
  }
}
