package dev.vmdp.rules.device;

import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * VMDP203: a present entry's {@code systemId} is not the host's system UUID (compared without
 * case, blanks and dashes). Only when both are known; a missing {@code systemId} is VMDP310. Only
 * fixed entries: an SR-IOV adapter's {@code systemId} is {@code BYPASS}, not a host UUID, and a
 * vGPU or Dynamic DirectPath entry has none.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code systemId}, {@code hostUuid}.
 */
public final class ForeignSystemId extends DeviceRule {
  /** The rule. */
  public ForeignSystemId() {
    super("VMDP203");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    if (ctx.host().systemUuid().isEmpty()) {
      return List.of();
    }
    String uuid = ctx.host().systemUuid().get();
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      if (e.kind != PassthroughKind.FIXED || e.device.systemId().isEmpty()
          || normalizedUuid(e.device.systemId().get()).equals(normalizedUuid(uuid))) {
        continue;
      }
      String sid = e.device.systemId().get();
      out.add(e.finding(this, "systemId", e.device.keyPrefix() + ".systemId " + sid + " is not this host's UUID "
          + uuid + ": add the device again")
          .putFact("systemId", sid).putFact("hostUuid", uuid).build());
    }
    return out;
  }
}
