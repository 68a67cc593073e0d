package dev.vmdp.rules.host;

import dev.vmdp.rules.Rule;
import java.util.List;

/**
 * The host rules, VMDP101-VMDP107, in ID order.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().rules(HostRules.all()).build();
 * }</pre>
 */
public final class HostRules {
  private HostRules() {}

  /** Every host rule, in ID order. */
  public static List<Rule> all() {
    return List.of(new NoIommu(), new AmdIommuExperimental(), new IommuNotEnabled(), new IommuNotVerified(),
        new PassthroughRebootPending(), new DeviceRemovedWhileEnabled(), new VersionWithoutDirectPath());
  }
}
