package dev.vmdp.rules.reset;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * VMDP403: a link or bridge reset of a function given to a VM would also reset a function the
 * VMkernel uses. Facts: {@code members}, {@code vmkernelFunctions}, {@code resetMethod},
 * {@code dependentBridge}.
 */
final class ResetHitsVmkernel extends ResetRule {
  ResetHitsVmkernel() {
    super("VMDP403");
  }

  @Override
  void check(CheckContext context, ResetAnalysis analysis, Owners owners, List<Finding> out) {
    for (CoAssignmentGroup g : analysis.sharedGroups()) {
      if (!g.sharedReset() || owners.first(g.members()).isEmpty()) {
        continue;
      }
      List<PciAddress> kernel = new ArrayList<>();
      for (PciAddress m : g.members()) {
        if (owners.vmkernel(m) && owners.of(m).isEmpty()) {
          kernel.add(m);
        }
      }
      if (kernel.isEmpty()) {
        continue;
      }
      Owners.Assignment first = owners.first(g.members()).orElseThrow();
      String bridge = g.dependentBridge().map(Object::toString).orElse("?");
      Finding.Builder f = finding(first.subject(), "the " + g.resetMethod().map(m -> m.token()).orElse("shared")
              + " reset of " + bridge + " for " + first.device().keyPrefix() + " would also reset "
              + ResetAnalysis.names(kernel) + ", which the VMkernel uses")
          .putFact("members", ResetAnalysis.names(g.members()))
          .putFact("vmkernelFunctions", ResetAnalysis.names(kernel))
          .putFact("resetMethod", g.resetMethod().map(m -> m.token()).orElse("unknown"))
          .putFact("dependentBridge", bridge);
      first.location().ifPresent(f::location);
      out.add(f.build());
    }
  }
}
