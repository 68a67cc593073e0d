package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.Sriov;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VMDP212: an SR-IOV passthrough adapter's physical function ({@code pfId}) is on the host but
 * shows no virtual functions there: its SR-IOV capability says {@code Number of VFs: 0} and the
 * host lists none of its VFs, or its capabilities were shown without an SR-IOV capability. The
 * VMkernel owning the PF is required (its driver creates the VFs), not a finding. A PF absent from
 * the host's inventory is VMDP201; without the PF's capabilities (lspci -vvv) the rule is silent.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code pf} (the address), {@code numVfs} (when shown),
 * {@code totalVfs} (when shown), {@code evidence} ({@code numVfsZero} or {@code noSriovCapability}).
 */
public final class SriovWithoutVirtualFunctions extends DeviceRule {
  /** The rule. */
  public SriovWithoutVirtualFunctions() {
    super("VMDP212");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      Optional<PciAddress> pf = e.pfAddress();
      Optional<PciFunction> f = pf.flatMap(ctx.host()::function);
      if (f.isEmpty() || hasVirtualFunctions(ctx, f.get())) {
        continue;
      }
      Optional<Sriov> cap = f.get().sriov();
      String evidence;
      if (cap.isPresent() && cap.get().isPhysicalFunction() && cap.get().numVfs().orElse(-1) == 0) {
        evidence = "numVfsZero";
      } else if (cap.isEmpty() && capabilitiesShown(f.get())) {
        evidence = "noSriovCapability";
      } else {
        continue;
      }
      String key = e.device.pfId().isPresent() ? "pfId" : "id";
      Finding.Builder b = e.finding(this, key, e.device.keyPrefix() + " is an SR-IOV passthrough adapter of "
              + pf.get() + (evidence.equals("numVfsZero")
                  ? ", which has no virtual functions enabled (SR-IOV off or max_vfs 0)"
                  : ", which shows no SR-IOV capability"))
          .putFact("pf", pf.get().toString())
          .putFact("evidence", evidence);
      cap.ifPresent(c -> {
        c.numVfs().ifPresent(n -> b.putFact("numVfs", String.valueOf(n)));
        c.totalVfs().ifPresent(n -> b.putFact("totalVfs", String.valueOf(n)));
      });
      out.add(b.build());
    }
    return out;
  }

  /** True when the host lists a virtual function of the PF. */
  private static boolean hasVirtualFunctions(CheckContext ctx, PciFunction pf) {
    PciAddress address = pf.address();
    for (PciFunction f : ctx.host().topology().functions()) {
      Optional<Sriov> s = f.sriov();
      if (s.isPresent()) {
        Optional<PciAddress> of = s.get().physicalFunctionAddress();
        if (of.isPresent() && of.get().equals(address)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the function's capability list was shown (lspci -vvv): a port type or an FLR flag. */
  private static boolean capabilitiesShown(PciFunction f) {
    return f.portType().isPresent() || f.flr().isPresent();
  }
}
