package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * VMDP209: a present entry names a host function that is a bridge (a bus range, a PCI-bridge
 * class code, or a port type that leads to another bus). Silent when neither class nor
 * capabilities were shown.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code address}, {@code classCode} and {@code portType}
 * (each when known).
 */
public final class BridgeAssigned extends DeviceRule {
  /** The rule. */
  public BridgeAssigned() {
    super("VMDP209");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      Optional<PciFunction> f = hostFunction(ctx, e);
      if (f.isEmpty() || !f.get().isBridge()) {
        continue;
      }
      String what = f.get().classCode().map(c -> "class " + c)
          .or(() -> f.get().portType().map(t -> t.lspciName())).orElse("bus range");
      Finding.Builder b = e.finding(this, "id", "host device " + f.get().address() + " is a bridge (" + what
          + ") and cannot be passed through").putFact("address", f.get().address().toString());
      f.get().classCode().ifPresent(c -> b.putFact("classCode", c.toString()));
      f.get().portType().ifPresent(t -> b.putFact("portType", t.name().toLowerCase(Locale.ROOT)));
      out.add(b.build());
    }
    return out;
  }
}
