package dev.vmdp.rules.device;

import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * VMDP213: a present Dynamic DirectPath entry's {@code allowedDevices} matches no device of the
 * host that is enabled for passthrough, so the host has nothing to pick at power-on. Reported when
 * the host's inventory is known and no function has one of the ids ({@code noDevice}), or every
 * matching function is known to be configured for the VMkernel ({@code notEnabled}); silent when a
 * matching function's owner is not known.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code allowedDevices}, {@code reason} ({@code noDevice} or
 * {@code notEnabled}), {@code matching} (the matching functions, comma-separated, when any).
 */
public final class DynamicDirectPathUnmatched extends DeviceRule {
  /** The rule. */
  public DynamicDirectPathUnmatched() {
    super("VMDP213");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    if (ctx.host().topology().isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      if (e.kind != PassthroughKind.DYNAMIC) {
        continue;
      }
      List<PciFunction> matching = new ArrayList<>();
      List<PciId> allowedIds = e.device.allowedDevices();
      for (PciFunction f : ctx.host().topology().functions()) {
        Optional<PciId> id = f.id();
        if (id.isPresent() && allowedIds.contains(id.get())) {
          matching.add(f);
        }
      }
      boolean unknownOwner = false;
      boolean enabled = false;
      for (PciFunction f : matching) {
        Optional<Owner> o = ctx.host().configuredOwner(f.address());
        unknownOwner |= o.isEmpty();
        enabled |= o.filter(x -> x == Owner.PASSTHRU).isPresent();
      }
      if (enabled || unknownOwner) {
        continue;
      }
      String allowed = e.device.allowedDevices().stream().map(PciId::toString).collect(Collectors.joining(","));
      String reason = matching.isEmpty() ? "noDevice" : "notEnabled";
      String message = matching.isEmpty()
          ? e.device.keyPrefix() + " allows " + allowed + " but host " + ctx.host().name() + " has no such device"
          : e.device.keyPrefix() + " allows " + allowed + " but no matching device of host " + ctx.host().name()
              + " is enabled for passthrough";
      Finding.Builder b = e.finding(this, "allowedDevices", message)
          .putFact("allowedDevices", allowed).putFact("reason", reason);
      if (!matching.isEmpty()) {
        b.putFact("matching", matching.stream().map(f -> f.address().toString()).collect(Collectors.joining(",")));
      }
      out.add(b.build());
    }
    return out;
  }
}
