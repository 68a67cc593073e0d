package dev.vmdp.io.lspci;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares and merges two views of one machine, fact by fact. */
final class ViewMerger {
  private ViewMerger() {}

  /** A contradiction about one function. */
  record Conflict(PciAddress address, String message) {}

  static List<Conflict> conflicts(LspciView a, LspciView b) {
    List<Conflict> out = new ArrayList<>();
    for (PciFunction f : a.functions()) {
      Optional<PciFunction> g = b.function(f.address());
      if (g.isEmpty()) {
        out.add(new Conflict(f.address(), "listed in " + a.fileName() + " but not in " + b.fileName()));
        continue;
      }
      differ(out, f.address(), "ids", f.id(), g.get().id());
      differ(out, f.address(), "class", f.classCode().map(c -> c.withoutProgIf()),
          g.get().classCode().map(c -> c.withoutProgIf()));
      differ(out, f.address(), "bridge buses", f.bridge(), g.get().bridge());
      differ(out, f.address(), "revision", f.revision().isPresent() ? Optional.of(f.revision().getAsInt()) : Optional.empty(),
          g.get().revision().isPresent() ? Optional.of(g.get().revision().getAsInt()) : Optional.empty());
    }
    for (PciFunction g : b.functions()) {
      if (a.function(g.address()).isEmpty()) {
        out.add(new Conflict(g.address(), "listed in " + b.fileName() + " but not in " + a.fileName()));
      }
    }
    return out;
  }

  private static <T> void differ(List<Conflict> out, PciAddress address, String what, Optional<T> x, Optional<T> y) {
    if (x.isPresent() && y.isPresent() && !x.get().equals(y.get())) {
      out.add(new Conflict(address, what + " " + x.get() + " vs " + y.get()));
    }
  }

  /** Facts of {@code a}, completed by those only {@code b} shows. */
  static PciFunction merge(PciFunction a, PciFunction b) {
    return a.completedBy(b);
  }
}
