package dev.vmdp.rules.host;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Locale;

/**
 * VMDP101: the host facts say the host has no IOMMU (no VT-d / AMD-Vi), and the check involves
 * passthrough. A module list alone never proves missing hardware (that is VMDP103); unknown facts
 * are VMDP104. Exactly one of VMDP101, VMDP103 and VMDP104 applies, or none.
 *
 * <p>Facts: {@code iommu} ({@code none}), {@code cpuVendor} (when known).
 */
public final class NoIommu extends HostRule {
  /** The rule. */
  public NoIommu() {
    super("VMDP101");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    if (!passthroughInvolved(ctx)
        || IommuState.of(ctx.host(), ctx.knowledge().devices().iommuModules()) != IommuState.ABSENT) {
      return List.of();
    }
    Finding.Builder f = finding(subject(ctx.host()),
        "no IOMMU (no VT-d / AMD-Vi): passthrough cannot be enabled")
        .putFact("iommu", "none");
    ctx.host().cpuVendor().ifPresent(v -> f.putFact("cpuVendor", v.name().toLowerCase(Locale.ROOT)));
    ctx.host().sourceOf("iommu").ifPresent(f::location);
    return List.of(f.build());
  }
}
