package dev.vmdp.rules.host;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Locale;

/**
 * VMDP104: the check involves passthrough, but neither a module list nor a host report says
 * whether the IOMMU is active (BIOS enabled alone does not verify it). It disappears once either
 * is given; a negative fact makes it VMDP101 or VMDP103 instead.
 *
 * <p>Facts: {@code moduleList} ({@code absent}), {@code iommuKind} (the known kind, or
 * {@code unknown}).
 */
public final class IommuNotVerified extends HostRule {
  /** The rule. */
  public IommuNotVerified() {
    super("VMDP104");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    if (!passthroughInvolved(ctx)
        || IommuState.of(ctx.host(), ctx.knowledge().devices().iommuModules()) != IommuState.UNVERIFIED) {
      return List.of();
    }
    String kind = ctx.host().iommu().kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("unknown");
    return List.of(finding(subject(ctx.host()), "IOMMU state not verified (no module list or host report given)")
        .putFact("moduleList", "absent").putFact("iommuKind", kind).build());
  }
}
