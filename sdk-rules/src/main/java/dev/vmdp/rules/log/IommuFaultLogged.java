package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VMDP707: "caused an IOMMU fault": device DMA outside guest memory, for information; no
 * configuration rule prevents it. One finding per device address and file. Facts: the common ones
 * ({@code preventedBy} {@code none}), {@code address}, {@code faultType} and {@code faultAddress}
 * (of the first line) when shown, and {@code count} (matching lines).
 */
final class IommuFaultLogged extends LogRule {
  static final Signature FAULT = Signature.literal("caused an IOMMU fault");
  private static final Pattern TYPE = Pattern.compile("\\btype\\s+([0-9A-Za-z]+)");
  private static final Pattern AT = Pattern.compile("\\baddress\\s+(0x[0-9A-Fa-f]+)");

  IommuFaultLogged() {
    super("VMDP707");
  }

  @Override
  List<Signature> signatures() {
    return List.of(FAULT);
  }

  @Override
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    addressAround(m, message).ifPresent(a -> values.put("address", a));
    String after = message.substring(m.end());
    Matcher t = TYPE.matcher(after);
    if (t.find()) {
      values.put("faultType", t.group(1));
    }
    Matcher at = AT.matcher(after);
    if (at.find()) {
      values.put("faultAddress", at.group(1));
    }
  }

  @Override
  String key(Map<String, String> values) {
    return values.getOrDefault("address", "");
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    String device = o.value("address").map(a -> "device " + a).orElse("a passthrough device");
    String times = o.lines.size() > 1 ? " (" + o.lines.size() + " times)" : "";
    Finding.Builder f = finding(o, device + " caused an IOMMU fault" + times
        + " (device DMA outside guest memory)", "none", "none in a file: look at the guest driver and the device");
    o.value("address").ifPresent(a -> f.putFact("address", a));
    o.value("faultType").ifPresent(v -> f.putFact("faultType", v));
    o.value("faultAddress").ifPresent(v -> f.putFact("faultAddress", v));
    f.putFact("count", String.valueOf(o.lines.size()));
    return Optional.of(f.build());
  }
}
