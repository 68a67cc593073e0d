package dev.vmdp.rules.host;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * VMDP105: a function's configured passthrough state differs from its active one (esxcli's
 * {@code Configured Owner} differs from {@code Current Owner}; vSphere's {@code passthruEnabled}
 * from {@code passthruActive}), so the change waits for a host reboot. Functions whose states are
 * not both known (an esx.conf owner alone) are not reported.
 *
 * <p>Facts: {@code address}, {@code state} ({@code enabledPendingReboot} or
 * {@code disablePendingReboot}), {@code configured}, {@code active} ({@code true}/{@code false}),
 * and {@code configuredOwner}, {@code currentOwner} (esx.conf tokens) when esxcli reported them.
 */
public final class PassthroughRebootPending extends HostRule {
  /** The rule. */
  public PassthroughRebootPending() {
    super("VMDP105");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    Host host = ctx.host();
    TreeSet<PciAddress> addresses = new TreeSet<>(host.passthroughStates().keySet());
    addresses.addAll(host.deviceReports().keySet());
    List<Finding> out = new ArrayList<>();
    for (PciAddress a : addresses) {
      Optional<PassthroughState> s = host.passthroughState(a);
      if (s.isEmpty() || !s.get().rebootPending()) {
        continue;
      }
      String what = s.get().configured()
          ? "passthrough configured but not active" : "passthrough disabled but still active";
      Optional<HostDeviceReport> r = host.deviceReport(a);
      String owners = r.filter(x -> x.configuredOwner().isPresent() && x.currentOwner().isPresent())
          .map(x -> " (Configured Owner " + x.configuredOwner().get().esxcliText() + ", Current Owner "
              + x.currentOwner().get().esxcliText() + ")").orElse("");
      Finding.Builder f = finding(deviceSubject(host, a), what + owners + ": reboot the host")
          .putFact("address", a.toString())
          .putFact("state", stateFact(s.get()))
          .putFact("configured", String.valueOf(s.get().configured()))
          .putFact("active", String.valueOf(s.get().active()));
      r.flatMap(HostDeviceReport::configuredOwner).ifPresent(o -> f.putFact("configuredOwner", o.esxConfToken()));
      r.flatMap(HostDeviceReport::currentOwner).ifPresent(o -> f.putFact("currentOwner", o.esxConfToken()));
      ownerSource(host, a).ifPresent(f::location);
      out.add(f.build());
    }
    return out;
  }
}
