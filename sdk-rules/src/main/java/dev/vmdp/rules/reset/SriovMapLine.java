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
 * VMDP506: a passthru.map line matches an SR-IOV physical or virtual function, which ESXi's own map
 * says must not be listed. Facts: {@code line}, {@code address}, {@code role}.
 */
final class SriovMapLine extends CatalogueRule {
  SriovMapLine() {
    super("VMDP506");
  }

  /** About the host alone, or comparing VMs: once per check, over every VM's passthrough entries. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (PassthruMapEntry e : context.host().passthruMap().entries()) {
      for (PciFunction f : context.host().topology().functions()) {
        if (f.sriov().isEmpty() || f.id().isEmpty() || !e.matches(f.id().get())) {
          continue;
        }
        String role = f.sriov().get().isVirtualFunction() ? "virtual function" : "physical function";
        Finding.Builder b = finding("passthru.map", "\"" + e.toLine() + "\" matches SR-IOV " + role + " " + f.address()
            + " (SR-IOV functions must not be listed)")
            .putFact("line", e.toLine())
            .putFact("address", f.address().toString())
            .putFact("role", role);
        e.source().ifPresent(b::location);
        out.add(b.build());
        break;
      }
    }
    return out;
  }
}
