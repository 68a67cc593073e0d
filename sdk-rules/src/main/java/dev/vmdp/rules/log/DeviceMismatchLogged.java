package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VMDP704: "systemId does not match ... or the deviceId and vendorId do not match". The line does
 * not say which, so both VMDP203 and VMDP202 are named. One finding per device address and file.
 * Facts: the common ones ({@code preventedBy} {@code VMDP203,VMDP202}) and {@code address} when
 * the line shows one.
 */
final class DeviceMismatchLogged extends LogRule {
  static final Signature MISMATCH = new Signature(
      "systemId does not match ... or the deviceId and vendorId do not match",
      Pattern.compile("systemId does not match.*?or the deviceId and vendorId do not match"));
  static final String FIX = "remove the device from the VM and add it again on this host";

  DeviceMismatchLogged() {
    super("VMDP704");
  }

  @Override
  List<Signature> signatures() {
    return List.of(MISMATCH);
  }

  @Override
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    Matcher a = ADDRESS.matcher(message);
    if (a.find()) {
      values.put("address", a.group());
    }
  }

  @Override
  String key(Map<String, String> values) {
    return values.getOrDefault("address", "");
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    String device = o.value("address").map(a -> " for device " + a).orElse("");
    Finding.Builder f = finding(o, "passthrough systemId or deviceId/vendorId mismatch" + device
        + ": see VMDP203 and VMDP202 (add the device again)", "VMDP203,VMDP202", FIX);
    o.value("address").ifPresent(a -> f.putFact("address", a));
    return Optional.of(f.build());
  }
}
