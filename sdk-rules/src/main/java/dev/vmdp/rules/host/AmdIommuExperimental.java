package dev.vmdp.rules.host;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP102: an ESX 4.x host (given or inferred) with an AMD IOMMU, known from the host's IOMMU
 * facts or from an AMD IOMMU module in its module list, when the check involves passthrough.
 * Without either the rule stays silent.
 *
 * <p>Facts: {@code version}, {@code versionAssumed} ({@code true}/{@code false}), {@code evidence}
 * ({@code iommuKind} or the module name).
 */
public final class AmdIommuExperimental extends HostRule {
  /** The rule. */
  public AmdIommuExperimental() {
    super("VMDP102");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    EsxVersion v = ctx.hostVersion();
    if (v.major() != 4 || !passthroughInvolved(ctx)) {
      return List.of();
    }
    Host host = ctx.host();
    String evidence;
    if (host.iommu().kind().filter(k -> k == IommuKind.AMD_VI).isPresent()) {
      evidence = "iommuKind";
    } else {
      evidence = ctx.knowledge().devices().amdIommuModules().stream()
          .filter(m -> host.loadedModules().map(s -> s.contains(m)).orElse(false)).findFirst().orElse(null);
      if (evidence == null) {
        return List.of();
      }
    }
    Finding.Builder f = finding(subject(host), "AMD IOMMU on ESX " + v + " is experimental")
        .putFact("version", v.toString())
        .putFact("versionAssumed", String.valueOf(!ctx.hostVersionKnown()))
        .putFact("evidence", evidence);
    host.sourceOf(evidence.equals("iommuKind") ? "iommu" : "loadedModules").ifPresent(f::location);
    return List.of(f.build());
  }
}
