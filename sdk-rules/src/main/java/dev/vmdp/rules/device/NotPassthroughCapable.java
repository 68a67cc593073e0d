package dev.vmdp.rules.device;

import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP211: a present fixed entry names a host function that esxcli reports as
 * {@code Passthru Capable: false} (the host cannot pass it through: no IOMMU mapping for it, or a
 * device the VMkernel keeps). Silent when the host gave no esxcli report for the function or the
 * report has no such line.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code address}, {@code passthruCapable} ({@code false}),
 * {@code source} ({@code esxcli}).
 */
public final class NotPassthroughCapable extends DeviceRule {
  /** The rule. */
  public NotPassthroughCapable() {
    super("VMDP211");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    return perAddress(ctx, (e, a) -> ctx.host().deviceReport(a).flatMap(HostDeviceReport::passthruCapable)
        .filter(capable -> !capable)
        .map(no -> e.addressFinding(this, "host device " + a + " is not passthrough capable on host "
                + ctx.host().name() + " (esxcli Passthru Capable: false)")
            .putFact("passthruCapable", "false").putFact("source", "esxcli")));
  }
}
