package dev.vmdp.rules.host;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;

/**
 * VMDP107: the host's own version (not an assumed one) is older than the first with
 * VMDirectPath (ESX 4.0), and the check involves passthrough. An assumed version is never older
 * than 4.0 for a VM that could hold passthrough entries, and an unknown version is no evidence.
 *
 * <p>Facts: {@code version}, {@code minimumVersion} ({@code 4.0}).
 */
public final class VersionWithoutDirectPath extends HostRule {
  /** The rule. */
  public VersionWithoutDirectPath() {
    super("VMDP107");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    EsxVersion v = ctx.hostVersion();
    EsxVersion first = ctx.knowledge().products().firstPassthroughVersion();
    if (!ctx.hostVersionKnown() || ctx.knowledge().products().supportsPassthrough(v) || !passthroughInvolved(ctx)) {
      return List.of();
    }
    Finding.Builder f = finding(subject(ctx.host()), "version ESX " + v + " has no VMDirectPath (needs ESX "
        + first + " or later)").putFact("version", v.toString()).putFact("minimumVersion", first.toString());
    ctx.host().sourceOf("version").ifPresent(f::location);
    return List.of(f.build());
  }
}
