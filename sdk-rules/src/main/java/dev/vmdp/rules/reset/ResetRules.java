package dev.vmdp.rules.reset;

import dev.vmdp.rules.Rule;
import java.util.List;

/** The reset and assignment rules (VMDP401-406) and the passthru.map rules that need the host (VMDP504-506). */
public final class ResetRules {
  private ResetRules() {}

  /** The rules, in ID order. */
  public static List<Rule> all() {
    return List.of(new SplitResetDomain(), new SplitNonShareableDevice(), new ResetHitsVmkernel(), new NoResetMethod(),
        new MapForcesUnadvertisedMethod(), new D3d0WouldFree(), new RepeatedMapLines(), new UnusedMapLine(),
        new SriovMapLine());
  }
}
