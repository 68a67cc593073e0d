package dev.vmdp.rules.reset;

import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.Sriov;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * VMDP405: the winning passthru.map line forces a method the device does not advertise: {@code flr}
 * without FLReset+ (nor AFCap FLR+) on a function that is not an SR-IOV virtual function (those
 * always support FLR), or {@code d3d0} with NoSoftRst+. Facts: {@code address},
 * {@code mapLine}, {@code advertised}.
 */
final class MapForcesUnadvertisedMethod extends CatalogueRule {
  MapForcesUnadvertisedMethod() {
    super("VMDP405");
  }

  /** About the host alone, or comparing VMs: once per check, over every VM's passthrough entries. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    ResetAnalysis analysis = ResetAnalysis.of(context);
    List<Finding> out = new ArrayList<>();
    for (PciFunction f : context.host().topology().functions()) {
      PassthruMapEntry line = analysis.mapLine(f.address()).orElse(null);
      if (line == null || analysis.method(f.address()).map(r -> r.mapLine().isEmpty()).orElse(true)) {
        continue; // no line, or the host's own report decided
      }
      String advertised = null;
      // An SR-IOV virtual function supports FLR whatever its DevCap line says (SR-IOV requires it).
      boolean virtualFunction = f.sriov().map(Sriov::isVirtualFunction).orElse(false);
      if (line.resetMethod() == ResetMethod.FLR && f.flr().isPresent() && !f.flr().get() && !f.afFlr().orElse(false)
          && !virtualFunction) {
        advertised = "DevCap FLReset-";
      } else if (line.resetMethod() == ResetMethod.D3D0 && f.noSoftReset().orElse(false)) {
        advertised = "PM NoSoftRst+ (a D3hot to D0 transition does not reset it)";
      }
      if (advertised == null) {
        continue;
      }
      Finding.Builder b = finding("host " + context.host().name() + " device " + f.address(),
          "passthru.map forces " + line.resetMethod().token() + " on " + f.address() + " but the device shows "
              + advertised)
          .putFact("address", f.address().toString())
          .putFact("mapLine", line.toLine())
          .putFact("advertised", advertised);
      line.source().ifPresent(b::location);
      out.add(b.build());
    }
    return out;
  }
}
