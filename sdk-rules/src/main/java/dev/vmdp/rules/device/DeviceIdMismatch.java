package dev.vmdp.rules.device;

import dev.vmdp.model.Severity;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VMDP202: a present entry's {@code vendorId}/{@code deviceId} differ from the ids of the host
 * function at its address. Only when both are known: the entry has both ids and the host
 * function's ids were shown.
 *
 * <p>When the entry has both ids but the host's files show none for the function (an
 * {@code lspci} without {@code -n}/{@code -nn}, which prints names only), the ids are not
 * verified: an INFO finding says so and how to get them, instead of silence.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code address}, {@code expectedId} (the VM's
 * {@code vvvv:dddd}), {@code hostId} (the host function's); for the INFO, {@code verified}
 * ({@code false}) instead of {@code hostId}.
 */
public final class DeviceIdMismatch extends DeviceRule {
  /** The rule. */
  public DeviceIdMismatch() {
    super("VMDP202");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      Optional<PciId> expected = e.device.pciId();
      Optional<PciFunction> f = hostFunction(ctx, e);
      if (expected.isEmpty() || f.isEmpty()) {
        continue;
      }
      if (f.get().id().isEmpty()) {
        out.add(e.finding(this, "vendorId", e.device.keyPrefix() + " expects " + expected.get()
            + ", not verified: the host's files show no ids for " + f.get().address()
            + " (give lspci -nn output, e.g. lspci -nn -vvv, or esxcli hardware pci list)")
            .severity(Severity.INFO)
            .putFact("address", f.get().address().toString())
            .putFact("expectedId", expected.get().toString())
            .putFact("verified", "false").build());
        continue;
      }
      if (f.get().id().get().equals(expected.get())) {
        continue;
      }
      PciId actual = f.get().id().get();
      out.add(e.finding(this, "vendorId", e.device.keyPrefix() + " expects " + expected.get() + " but host device "
          + f.get().address() + " is " + actual)
          .putFact("address", f.get().address().toString())
          .putFact("expectedId", expected.get().toString())
          .putFact("hostId", actual.toString()).build());
    }
    return out;
  }
}
