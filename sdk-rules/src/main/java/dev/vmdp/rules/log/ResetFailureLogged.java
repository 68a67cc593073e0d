package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * VMDP708: vmkernel.log shows a failed device reset, "did not complete its pending transactions
 * prior to being reset" or "is unresponsive after reset" (for example
 * {@code 2023-05-04T10:11:12.345Z cpu3:2097635)WARNING: PCI: 1221: Dev @ 0000:0d:00.3 did not
 * complete its pending transactions prior to being reset}): the device's reset method fails, and
 * the cure is a passthru.map line with a method it supports (VMDP405, VMDP406; the guide: d3d0 for
 * devices that reset through D3 -> D0). One finding per device address and file. Facts: the common
 * ones ({@code preventedBy} {@code VMDP405,VMDP406}), {@code address} when the line shows one,
 * {@code unresponsive} ({@code true} when the device did not come back).
 */
final class ResetFailureLogged extends LogRule {
  static final Signature PENDING = Signature.literal("did not complete its pending transactions prior to being reset");
  static final Signature UNRESPONSIVE = Signature.literal("is unresponsive after reset");
  static final String FIX = "a passthru.map line for the device with a reset method it supports"
      + " (d3d0 when it resets through D3 -> D0)";

  ResetFailureLogged() {
    super("VMDP708");
  }

  @Override
  List<Signature> signatures() {
    return List.of(PENDING, UNRESPONSIVE);
  }

  @Override
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    Matcher dev = DEV_AT.matcher(message);
    if (dev.find()) {
      values.put("address", dev.group(1));
    } else {
      addressAround(m, message).ifPresent(a -> values.put("address", a));
    }
  }

  @Override
  String key(Map<String, String> values) {
    return values.getOrDefault("address", "");
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    boolean unresponsive = o.signatures.contains(UNRESPONSIVE.text());
    String device = o.value("address").map(a -> "device " + a).orElse("a device");
    Finding.Builder f = finding(o, device + (unresponsive ? " was unresponsive after its reset" : " was reset with"
            + " transactions pending") + ": its reset method fails, see VMDP405 and VMDP406 (passthru.map)",
        "VMDP405,VMDP406", FIX);
    o.value("address").ifPresent(a -> f.putFact("address", a));
    f.putFact("unresponsive", String.valueOf(unresponsive));
    return Optional.of(f.build());
  }
}
