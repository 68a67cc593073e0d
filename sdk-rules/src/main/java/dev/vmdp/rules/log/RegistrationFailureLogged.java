package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VMDP709: "createAdapterFailedPlatformNotSupported" / "Failed to register the device pciPassthruN
 * ... due to unavailable hardware or software support": the platform or the device cannot pass it
 * through (check VMDP101, VMDP103, VMDP205, VMDP211 and the device's reset method). One finding per
 * device address and file. Facts: the common ones ({@code preventedBy}
 * {@code VMDP101,VMDP103,VMDP205,VMDP211}), {@code address} (as the log writes it, e.g.
 * {@code 013:00.3} with a decimal bus) and {@code entries} when the lines show them.
 */
final class RegistrationFailureLogged extends LogRule {
  static final Signature PLATFORM = Signature.literal("createAdapterFailedPlatformNotSupported");
  static final Signature UNAVAILABLE = new Signature(
      "Failed to register the device pciPassthruN ... due to unavailable hardware or software support",
      Pattern.compile("Failed to register the device pciPassthru[0-9]+.*?due to unavailable hardware or software support"));
  static final String FIX = "check the IOMMU (VMDP101, VMDP103), the device's support (VMDP205, VMDP211)"
      + " and its reset method";
  private static final Pattern FOR_ADDRESS = Pattern.compile("(?i)\\bfor ([0-9A-Fa-f:.]+[0-9])");

  RegistrationFailureLogged() {
    super("VMDP709");
  }

  @Override
  List<Signature> signatures() {
    return List.of(PLATFORM, UNAVAILABLE);
  }

  @Override
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    Matcher a = FOR_ADDRESS.matcher(message);
    if (a.find() && ADDRESS.matcher(a.group(1)).matches()) {
      values.put("address", a.group(1));
    }
  }

  @Override
  String key(Map<String, String> values) {
    return values.getOrDefault("address", "");
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    String device = o.value("address").map(a -> " " + a).orElse("");
    String entries = o.entries.isEmpty() ? "" : " (" + String.join(", ", o.entries) + ")";
    Finding.Builder f = finding(o, "the device" + device + entries + " could not be registered for passthrough:"
            + " see VMDP101, VMDP103, VMDP205 and VMDP211", "VMDP101,VMDP103,VMDP205,VMDP211", FIX);
    o.value("address").ifPresent(a -> f.putFact("address", a));
    if (!o.entries.isEmpty()) {
      f.putFact("entries", String.join(",", o.entries));
    }
    return Optional.of(f.build());
  }
}
