package dev.vmdp.rules.reset;

import dev.vmdp.model.Severity;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * VMDP401: a link or bridge reset domain holds functions not assigned to the same VM. An ERROR when
 * the domain's functions are assigned to different VMs; a WARNING when one VM takes part of the
 * domain and nobody's owner is known for the rest (no VM of the check takes them, and the host
 * gave no owner that says the VMkernel uses them): the rest must go to this VM too or stay unused
 * (DOMAIN.md 8). A rest the VMkernel is known to use is VMDP403. Facts: {@code members},
 * {@code owners}, {@code resetMethod}, {@code dependentBridge}, and for the warning
 * {@code unassigned} (the members no VM takes) and {@code ownersKnown} ({@code false}).
 */
final class SplitResetDomain extends ResetRule {
  SplitResetDomain() {
    super("VMDP401");
  }

  @Override
  void check(CheckContext context, ResetAnalysis analysis, Owners owners, List<Finding> out) {
    for (CoAssignmentGroup g : analysis.sharedGroups()) {
      if (!g.sharedReset()) {
        continue;
      }
      Set<String> vms = owners.ownersOf(g.members());
      boolean vmkernel = vms.remove("VMkernel");
      if (vms.isEmpty()) {
        continue;
      }
      Owners.Assignment first = owners.first(g.members()).orElseThrow();
      String bridge = g.dependentBridge().map(Object::toString).orElse("?");
      String method = g.resetMethod().map(m -> m.token()).orElse("shared");
      Finding.Builder f;
      if (vms.size() >= 2) {
        f = finding(first.subject(), "the " + method + " reset of " + bridge + " hits functions of " + vms.size()
            + " VMs: " + owners.describe(g.members()));
      } else {
        List<PciAddress> unassigned = new ArrayList<>();
        for (PciAddress m : g.members()) {
          if (owners.of(m).isEmpty() && !owners.vmkernel(m)) {
            unassigned.add(m);
          }
        }
        if (unassigned.isEmpty() || vmkernel) {
          continue;
        }
        f = finding(first.subject(), "the " + method + " reset of " + bridge + " also resets "
                + ResetAnalysis.names(unassigned) + ", whose owner is not known: give "
                + (unassigned.size() == 1 ? "it" : "them") + " to vm " + first.vm().name() + " too or leave "
                + (unassigned.size() == 1 ? "it" : "them") + " unused")
            .severity(Severity.WARNING)
            .putFact("unassigned", ResetAnalysis.names(unassigned))
            .putFact("ownersKnown", "false");
      }
      f.putFact("members", ResetAnalysis.names(g.members()))
          .putFact("owners", String.join(", ", vms))
          .putFact("resetMethod", g.resetMethod().map(m -> m.token()).orElse("unknown"))
          .putFact("dependentBridge", bridge);
      first.location().ifPresent(f::location);
      out.add(f.build());
    }
  }
}
