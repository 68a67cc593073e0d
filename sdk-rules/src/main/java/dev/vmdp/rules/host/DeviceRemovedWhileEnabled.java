package dev.vmdp.rules.host;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * VMDP106: a function the host configuration still marks for passthrough (esx.conf owner
 * {@code passthru}, or a passthrough state that is configured or still active) is missing from the
 * host's PCI inventory: it was pulled while passthrough was enabled, or before the reboot that
 * disables it. Only when the inventory is known (a non-empty topology); an esxcli report of the
 * function also counts as present.
 *
 * <p>Facts: {@code address}, {@code reason} ({@code configuredForPassthrough} or
 * {@code activeBeforeReboot}), {@code evidence} ({@code esxConfOwner} or {@code passthroughState}).
 */
public final class DeviceRemovedWhileEnabled extends HostRule {
  /** Why a missing function counts: the finding's {@code reason} and {@code evidence} facts. */
  private record Why(String reason, String evidence) {}

  /** The rule. */
  public DeviceRemovedWhileEnabled() {
    super("VMDP106");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    Host host = ctx.host();
    if (host.topology().isEmpty()) {
      return List.of();
    }
    Map<PciAddress, Why> missing = new TreeMap<>();
    host.owners().forEach((a, o) -> {
      if (o == Owner.PASSTHRU) {
        missing.put(a, new Why("configuredForPassthrough", "esxConfOwner"));
      }
    });
    host.passthroughStates().forEach((a, s) -> {
      if (s.configured()) {
        missing.putIfAbsent(a, new Why("configuredForPassthrough", "passthroughState"));
      } else if (s == PassthroughState.DISABLE_PENDING_REBOOT) {
        missing.put(a, new Why("activeBeforeReboot", "passthroughState"));
      }
    });
    List<Finding> out = new ArrayList<>();
    missing.forEach((a, why) -> {
      if (host.topology().contains(a) || host.deviceReports().containsKey(a)) {
        return;
      }
      String message = why.reason().equals("activeBeforeReboot")
          ? "still active for passthrough (disabling waits for a reboot) but missing from"
              + " the host's PCI inventory (removed before the reboot?)"
          : "configured for passthrough but missing from the host's PCI inventory"
              + " (removed while enabled?)";
      Finding.Builder f = finding(deviceSubject(host, a), message)
          .putFact("address", a.toString()).putFact("reason", why.reason()).putFact("evidence", why.evidence());
      ownerSource(host, a).ifPresent(f::location);
      out.add(f.build());
    });
    return out;
  }
}
