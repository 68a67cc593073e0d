package dev.vmdp.rules.reset;

import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * VMDP505: a passthru.map line matches no device of the host. Only when the host's functions and
 * all their ids are known. Facts: {@code line}.
 */
final class UnusedMapLine extends CatalogueRule {
  UnusedMapLine() {
    super("VMDP505");
  }

  /** About the host alone, or comparing VMs: once per check, over every VM's passthrough entries. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    List<PciFunction> functions = context.host().topology().functions();
    if (functions.isEmpty() || functions.stream().anyMatch(f -> f.id().isEmpty())) {
      return out;
    }
    for (PassthruMapEntry e : context.host().passthruMap().entries()) {
      if (functions.stream().noneMatch(f -> e.matches(f.id().get()))) {
        Finding.Builder f = finding("passthru.map", "\"" + e.toLine() + "\" matches no device of host "
            + context.host().name()).putFact("line", e.toLine());
        e.source().ifPresent(f::location);
        out.add(f.build());
      }
    }
    return out;
  }
}
