package dev.vmdp.rules.reset;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Set;

/**
 * VMDP401: a link or bridge reset domain holds functions assigned to different VMs. Facts:
 * {@code members}, {@code owners}, {@code resetMethod}, {@code dependentBridge}.
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
      vms.remove("VMkernel");
      if (vms.size() < 2) {
        continue;
      }
      Owners.Assignment first = owners.first(g.members()).orElseThrow();
      String bridge = g.dependentBridge().map(Object::toString).orElse("?");
      Finding.Builder f = finding(first.subject(), "the " + g.resetMethod().map(m -> m.token()).orElse("shared")
              + " reset of " + bridge + " hits functions of " + vms.size() + " VMs: " + owners.describe(g.members()))
          .putFact("members", ResetAnalysis.names(g.members()))
          .putFact("owners", String.join(", ", vms))
          .putFact("resetMethod", g.resetMethod().map(m -> m.token()).orElse("unknown"))
          .putFact("dependentBridge", bridge);
      first.location().ifPresent(f::location);
      out.add(f.build());
    }
  }
}
