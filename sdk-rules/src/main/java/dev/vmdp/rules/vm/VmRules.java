package dev.vmdp.rules.vm;

import dev.vmdp.rules.Rule;
import java.util.List;

/**
 * The VM rules, VMDP301 to VMDP319: checks of one VM's configuration (its .vmx) against the host
 * version, the host's devices and the knowledge base.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().rules(VmRules.all()).build();
 * Report report = engine.check(host, List.of(vm));
 * }</pre>
 */
public final class VmRules {
  private VmRules() {}

  /** A new instance of every VM rule, in ID order. */
  public static List<Rule> all() {
    return List.of(
        new TooManyPassthroughDevices(),
        new OldVirtualHardware(),
        new IncompleteBridgeBlock(),
        new HandEditedBridgeBlock(),
        new MemoryNotReserved(),
        new BroadcomNeedsIoapic(),
        new VirtualIrqSharing(),
        new PhysicalMsiWithIoapicGuest(),
        new SharedSlotNumber(),
        new MissingPassthroughKeys(),
        new LargeBarsWithout64bitMmio(),
        new HotAddWithPassthrough(),
        new DynamicDirectPathOnOldHardware(),
        new MmioWindowTooSmall(),
        new LargeBarsWithoutEfi(),
        new HardwareNewerThanHost(),
        new MemoryLimitBelowMemsize(),
        new ConsumerGpuWithoutHiddenHypervisor(),
        new AcpiLayoutWithoutEfi());
  }
}
