package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VMDP201: a present fixed entry's {@code pciPassthruN.id}, or an SR-IOV adapter's {@code pfId}
 * (its physical function), names a host address that the host's PCI inventory does not have. Only
 * when the inventory is known (a non-empty topology); an esxcli report for the address also counts
 * as present. A malformed id is VMDP210, not this rule; vGPU and Dynamic DirectPath entries name
 * no address.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code kind} ({@code fixed} or {@code sriov}), {@code key}
 * ({@code id} or {@code pfId}), {@code id} (as written), {@code address}.
 */
public final class UnknownHostAddress extends DeviceRule {
  /** The rule. */
  public UnknownHostAddress() {
    super("VMDP201");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    if (ctx.host().topology().isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      boolean sriov = e.kind == PassthroughKind.SRIOV;
      Optional<PciAddress> named = sriov ? e.pfAddress() : e.address();
      if (named.isEmpty()) {
        continue;
      }
      PciAddress a = named.get();
      if (ctx.host().topology().contains(a) || ctx.host().deviceReports().containsKey(a)) {
        continue;
      }
      String key = sriov && e.device.pfId().isPresent() ? "pfId" : "id";
      String id = (key.equals("pfId") ? e.device.pfId() : e.device.id()).orElse("");
      String what = sriov ? "host " + ctx.host().name() + " has no physical function " + a
          : "host " + ctx.host().name() + " has no PCI device " + a;
      out.add(e.finding(this, key, e.device.keyPrefix() + "." + key + " \"" + id + "\": " + what)
          .putFact("kind", sriov ? "sriov" : "fixed").putFact("key", key)
          .putFact("id", id).putFact("address", a.toString()).build());
    }
    return out;
  }
}
