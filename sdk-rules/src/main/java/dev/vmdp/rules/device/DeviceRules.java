package dev.vmdp.rules.device;

import dev.vmdp.rules.Rule;
import java.util.List;

/**
 * The device rules, VMDP201-VMDP213, in ID order.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().rules(DeviceRules.all()).build();
 * }</pre>
 */
public final class DeviceRules {
  private DeviceRules() {}

  /** Every device rule, in ID order. */
  public static List<Rule> all() {
    return List.of(new UnknownHostAddress(), new DeviceIdMismatch(), new ForeignSystemId(),
        new DeviceNotEnabled(), new DeviceNotKnownSupported(), new ConventionalDeviceAsPcie(),
        new DeviceSharedByVms(), new UnisolatedPath(), new BridgeAssigned(), new MalformedId(),
        new NotPassthroughCapable(), new SriovWithoutVirtualFunctions(), new DynamicDirectPathUnmatched());
  }
}
