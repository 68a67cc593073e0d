package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * VMDP706: "No PCIe slot available". One finding per file. Facts: the common ones
 * ({@code preventedBy} VMDP303) and {@code entries} (comma list) when the lines name entries.
 */
final class NoPcieSlotLogged extends LogRule {
  static final Signature NO_SLOT = Signature.literal("No PCIe slot available");
  static final String FIX = "restore the pciBridge block as the client wrote it (do not hand-edit it)";

  NoPcieSlotLogged() {
    super("VMDP706");
  }

  @Override
  List<Signature> signatures() {
    return List.of(NO_SLOT);
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    return Optional.of(entriesFinding(o, "no PCIe slot available",
        "see VMDP303 (pciBridge block missing or incomplete)", "VMDP303", FIX));
  }
}
