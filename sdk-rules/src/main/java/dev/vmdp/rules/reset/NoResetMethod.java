package dev.vmdp.rules.reset;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;

/**
 * VMDP404: a function given to a VM has no reset method at all (no FLR, no map line, no parent
 * bridge). Facts: {@code address}, {@code why}.
 */
final class NoResetMethod extends ResetRule {
  NoResetMethod() {
    super("VMDP404");
  }

  @Override
  void check(CheckContext context, ResetAnalysis analysis, Owners owners, List<Finding> out) {
    for (Map.Entry<PciAddress, List<Owners.Assignment>> e : owners.assigned.entrySet()) {
      EffectiveReset r = analysis.method(e.getKey()).orElse(null);
      if (r == null || !r.none()) {
        continue;
      }
      for (Owners.Assignment x : e.getValue()) {
        Finding.Builder f = finding(x.subject(), e.getKey() + " cannot be reset: " + r.source())
            .putFact("address", e.getKey().toString())
            .putFact("why", r.source());
        x.location().ifPresent(f::location);
        out.add(f.build());
      }
    }
  }
}
