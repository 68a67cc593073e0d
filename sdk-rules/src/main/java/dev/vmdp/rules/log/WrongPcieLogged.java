package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * VMDP701: "is marked wrong PCIe" / "Failed to register PCI slot" (the guide). One finding per
 * device address and file. Facts: the common ones ({@code preventedBy} VMDP206) and
 * {@code address} (as the log writes it, {@code 016:00.0}) when the line shows one.
 */
final class WrongPcieLogged extends LogRule {
  static final Signature MARKED = Signature.literal("is marked wrong PCIe");
  static final Signature REGISTER = Signature.literal("Failed to register PCI slot");
  static final String FIX = "set pciPassthruN.virtualDev = \"pci\"";

  WrongPcieLogged() {
    super("VMDP701");
  }

  @Override
  List<Signature> signatures() {
    return List.of(MARKED, REGISTER);
  }

  @Override
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    addressAround(m, message).ifPresent(a -> values.put("address", a));
  }

  @Override
  String key(Map<String, String> values) {
    return values.getOrDefault("address", "");
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    String device = o.value("address").map(a -> " " + a).orElse("");
    String what = o.signatures.contains(MARKED.text())
        ? "device" + device + " is marked wrong PCIe"
        : "failed to register PCI slot" + device;
    Finding.Builder f = finding(o, what + ": see VMDP206 (" + FIX + ")", "VMDP206", FIX);
    o.value("address").ifPresent(a -> f.putFact("address", a));
    return Optional.of(f.build());
  }
}
