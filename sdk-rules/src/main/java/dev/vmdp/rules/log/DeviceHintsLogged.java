package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * VMDP705: "No device hints found" / "Failed to generate predicates for pciPassthru". One finding
 * per file. Facts: the common ones ({@code preventedBy} VMDP210) and {@code entries} (comma list,
 * {@code pciPassthru0}) when the lines name entries.
 */
final class DeviceHintsLogged extends LogRule {
  static final Signature NO_HINTS = Signature.literal("No device hints found");
  static final Signature PREDICATES = Signature.literal("Failed to generate predicates for pciPassthru");
  static final String FIX = "write pciPassthruN.id with decimal fields (\"00000:101:00.0\" for host 0000:65:00.0)";

  DeviceHintsLogged() {
    super("VMDP705");
  }

  @Override
  List<Signature> signatures() {
    return List.of(NO_HINTS, PREDICATES);
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    return Optional.of(entriesFinding(o, "no device hints found",
        "see VMDP210 (pciPassthruN.id must be decimal)", "VMDP210", FIX));
  }
}
