package dev.vmdp.rules.device;

import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VMDP204: a present entry names a host function whose configured owner is the VMkernel (esxcli
 * {@code Configured Owner: VMkernel}, esx.conf owner {@code vmkernel}, or a passthrough state that
 * is not configured). Silent when the configured owner is unknown. A function configured for
 * passthrough but not yet active is VMDP105.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code address}, {@code configuredOwner} ({@code vmkernel}).
 */
public final class DeviceNotEnabled extends DeviceRule {
  /** The rule. */
  public DeviceNotEnabled() {
    super("VMDP204");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      if (e.address().isEmpty()) {
        continue;
      }
      PciAddress a = e.address().get();
      Optional<Owner> owner = ctx.host().configuredOwner(a);
      if (owner.isEmpty() || owner.get() != Owner.VMKERNEL) {
        continue;
      }
      out.add(e.finding(this, "id", "host device " + a + " is not enabled for passthrough (owner \""
          + owner.get().esxConfToken() + "\")")
          .putFact("address", a.toString()).putFact("configuredOwner", owner.get().esxConfToken()).build());
    }
    return out;
  }
}
