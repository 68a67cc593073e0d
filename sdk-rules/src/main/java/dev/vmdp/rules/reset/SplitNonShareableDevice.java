package dev.vmdp.rules.reset;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * VMDP402: the functions of a non-shareable device ({@code fptShareable false}) are split between
 * owners (VMs, or a VM and the VMkernel). Facts: {@code device}, {@code functions}, {@code owners},
 * {@code mapLine}.
 */
final class SplitNonShareableDevice extends ResetRule {
  SplitNonShareableDevice() {
    super("VMDP402");
  }

  @Override
  void check(CheckContext context, ResetAnalysis analysis, Owners owners, List<Finding> out) {
    Set<PciAddress> seen = new HashSet<>();
    for (CoAssignmentGroup g : analysis.sharedGroups()) {
      if (!g.notShareable()) {
        continue;
      }
      for (PciAddress m : g.members()) {
        PciAddress device = m.withFunction(0);
        if (!seen.add(device)) {
          continue;
        }
        List<PciAddress> fns = new ArrayList<>();
        for (PciFunction f : context.host().topology().functionsOfDevice(m)) {
          if (g.members().contains(f.address())) {
            fns.add(f.address());
          }
        }
        Set<String> who = owners.ownersOf(fns);
        if (owners.first(fns).isEmpty() || who.size() < 2) {
          continue; // no VM involved, or one owner (functions nobody uses do not count)
        }
        Owners.Assignment first = owners.first(fns).orElseThrow();
        String line = analysis.mapLine(m).map(e -> e.toLine()).orElse("esxcli FPT Sharable: false");
        Finding.Builder f = finding(first.subject(), "functions of the non-shareable device " + device.toShortForm()
                + " are split between owners: " + owners.describe(fns))
            .putFact("device", device.toString())
            .putFact("functions", ResetAnalysis.names(fns))
            .putFact("owners", String.join(", ", who))
            .putFact("mapLine", line);
        first.location().ifPresent(f::location);
        out.add(f.build());
      }
    }
  }
}
