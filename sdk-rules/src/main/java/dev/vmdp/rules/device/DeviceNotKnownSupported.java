package dev.vmdp.rules.device;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VMDP205: a passed-through device's id is not on the knowledge base's known-supported list for
 * the host version (given or assumed). The built-in lists are the guide's, for ESX 4.0 and 4.1
 * (Intel 82598, Broadcom 57710/57711, and QLogic FC 2500, LSI SAS 1068E, which the guide names as
 * known to work); for versions without a list, and for a guessed version, the rule stays silent, so it
 * never floods later hosts (a site adds lists with {@code DeviceKnowledge.withSupported}). The id
 * is the host function's when shown, else the entry's {@code vendorId}/{@code deviceId}; silent
 * without either. Only fixed entries: the other kinds exist only on later versions.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code id} ({@code vvvv:dddd}), {@code idSource}
 * ({@code host} or {@code vmx}), {@code version}, {@code versionAssumed}.
 */
public final class DeviceNotKnownSupported extends DeviceRule {
  /** The rule. */
  public DeviceNotKnownSupported() {
    super("VMDP205");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    EsxVersion v = ctx.hostVersion();
    if (ctx.hostVersionGuessed() || ctx.knowledge().devices().supportedFor(v).isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      if (e.kind != PassthroughKind.FIXED) {
        continue;
      }
      Optional<PciId> hostId = hostFunction(ctx, e).flatMap(PciFunction::id);
      Optional<PciId> id = hostId.or(e.device::pciId);
      if (id.isEmpty() || ctx.knowledge().devices().knownSupported(id.get(), v).orElse(true)) {
        continue;
      }
      out.add(e.finding(this, "vendorId", "device " + id.get() + " is not on the known-supported list for ESX " + v)
          .putFact("id", id.get().toString())
          .putFact("idSource", hostId.isPresent() ? "host" : "vmx")
          .putFact("version", v.toString())
          .putFact("versionAssumed", String.valueOf(!ctx.hostVersionKnown())).build());
    }
    return out;
  }
}
