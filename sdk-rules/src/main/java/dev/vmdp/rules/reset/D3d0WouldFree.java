package dev.vmdp.rules.reset;

import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.knowledge.ResetQuirk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * VMDP406: a function shares a link or bridge reset with others, but advertises NoSoftRst- (a D3hot
 * to D0 transition resets it), so a {@code d3d0} passthru.map line would let it be reset alone.
 * Reported for functions given to a VM, once per vendor:device ({@code vmdp plan} suggests such lines
 * for any assignment), and not for a device known not to reset via D3 -> D0 (the reset quirks of
 * DOMAIN.md 8: Mellanox ConnectX ids, AMD display functions off the root bus); the fix
 * adds the line. Facts: {@code address}, {@code id}, {@code group}, {@code suggestedLine}.
 */
final class D3d0WouldFree extends ResetRule {
  D3d0WouldFree() {
    super("VMDP406");
  }

  @Override
  void check(CheckContext context, ResetAnalysis analysis, Owners owners, List<Finding> out) {
    Set<PciId> suggested = new HashSet<>();
    for (CoAssignmentGroup g : analysis.sharedGroups()) {
      if (!g.sharedReset()) {
        continue;
      }
      for (PciAddress m : g.members()) {
        PciFunction f = context.host().topology().function(m).orElseThrow();
        if (owners.of(m).isEmpty() || f.id().isEmpty() || !f.noSoftReset().map(n -> !n).orElse(false)
            || !analysis.method(m).map(EffectiveReset::shared).orElse(false) || !suggested.add(f.id().get())) {
          continue;
        }
        PciId id = f.id().get();
        boolean noD3d0 = context.knowledge().devices()
            .resetQuirksOf(id, f.classCode(), context.host().topology().onRootBus(m)).stream()
            .anyMatch(q -> q.quirk() == ResetQuirk.NO_D3D0_RESET);
        if (noD3d0) {
          continue;
        }
        PassthruMapEntry line = PassthruMapEntry.builder().vendor(id.vendor()).device(id.device())
            .resetMethod(ResetMethod.D3D0).fptShareable(FptShareable.DEFAULT).build();
        out.add(finding("host " + context.host().name() + " device " + m,
                m + " advertises NoSoftRst-: a d3d0 line for " + id + " in passthru.map would reset it alone instead of"
                    + " with " + ResetAnalysis.names(others(g, m)))
            .putFact("address", m.toString())
            .putFact("id", id.toString())
            .putFact("group", ResetAnalysis.names(g.members()))
            .putFact("suggestedLine", line.toLine())
            .addFix(Fix.forPassthruMap(context.host().passthruMap(), "reset " + id + " alone with d3d0",
                map -> PassthruMap.builder().from(map).addEntry(line).build()))
            .build());
      }
    }
  }

  private static List<PciAddress> others(CoAssignmentGroup g, PciAddress m) {
    List<PciAddress> o = new ArrayList<>(g.members());
    o.remove(m);
    return o;
  }
}
