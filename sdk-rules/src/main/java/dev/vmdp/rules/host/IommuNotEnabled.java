package dev.vmdp.rules.host;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * VMDP103: the host has an IOMMU, or may have one, but it is not enabled: the BIOS has it off, a
 * host report says it is not active, or the module list ({@code esxcfg-module --list}) holds none
 * of the knowledge base's IOMMU modules ({@code vtddmar}, {@code iommu}, {@code amd_iommu},
 * {@code amdiommu}, {@code dma_mapper_iommu} by default). Only when the check involves passthrough.
 *
 * <p>Facts: {@code reason} ({@code biosOff}, {@code reportedInactive} or {@code noIommuModule}),
 * {@code iommuModules} (the names looked for, comma-separated, for {@code noIommuModule}).
 */
public final class IommuNotEnabled extends HostRule {
  /** The rule. */
  public IommuNotEnabled() {
    super("VMDP103");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    if (!passthroughInvolved(ctx)) {
      return List.of();
    }
    Host host = ctx.host();
    List<String> modules = ctx.knowledge().devices().iommuModules();
    IommuState state = IommuState.of(host, modules);
    Finding.Builder f;
    Optional<SourceRef> at;
    switch (state) {
      case BIOS_OFF -> {
        f = finding(subject(host), "IOMMU not enabled: the BIOS has it off").putFact("reason", "biosOff");
        at = host.sourceOf("iommu");
      }
      case REPORTED_INACTIVE -> {
        f = finding(subject(host), "IOMMU not enabled: the host report shows it inactive")
            .putFact("reason", "reportedInactive");
        at = host.sourceOf("iommu");
      }
      case NO_MODULE -> {
        f = finding(subject(host), "IOMMU not enabled: no IOMMU module (" + String.join(", ", modules)
            + ") in the module list").putFact("reason", "noIommuModule")
            .putFact("iommuModules", String.join(",", modules));
        at = host.sourceOf("loadedModules");
      }
      default -> {
        return List.of();
      }
    }
    at.ifPresent(f::location);
    return List.of(f.build());
  }
}
