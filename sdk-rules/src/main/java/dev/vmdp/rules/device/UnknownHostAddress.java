package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * VMDP201: a present entry's {@code pciPassthruN.id} names a host address that the host's PCI
 * inventory does not have. Only when the inventory is known (a non-empty topology); an esxcli
 * report for the address also counts as present. A malformed id is VMDP210, not this rule.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code id} (as written), {@code address}.
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
      if (e.address().isEmpty()) {
        continue;
      }
      PciAddress a = e.address().get();
      if (ctx.host().topology().contains(a) || ctx.host().deviceReports().containsKey(a)) {
        continue;
      }
      String id = e.device.id().orElse("");
      out.add(e.finding(this, "id", e.device.keyPrefix() + ".id \"" + id + "\": host " + ctx.host().name()
          + " has no PCI device " + a).putFact("id", id).putFact("address", a.toString()).build());
    }
    return out;
  }
}
