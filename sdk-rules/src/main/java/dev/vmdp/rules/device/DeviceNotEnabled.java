package dev.vmdp.rules.device;

import dev.vmdp.model.host.Owner;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

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
    return perAddress(ctx, (e, a) -> ctx.host().configuredOwner(a).filter(owner -> owner == Owner.VMKERNEL)
        .map(owner -> e.addressFinding(this, "host device " + a + " is not enabled for passthrough (owner \""
            + owner.esxConfToken() + "\")").putFact("configuredOwner", owner.esxConfToken())));
  }
}
