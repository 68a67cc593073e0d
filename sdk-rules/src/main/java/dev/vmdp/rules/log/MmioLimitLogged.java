package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VMDP702: "total number of pages needed ... exceeds limit" / "Module 'DevicePowerOn' power on
 * failed". One finding per file. The DevicePowerOn line alone says only that some device failed
 * to power on: it is reported only when the file shows no pages line and no other known
 * passthrough failure (VMDP701, VMDP703-VMDP706, VMDP708, VMDP709 signatures), and then says that
 * no cause was recognised ({@code preventedBy} {@code unknown}) instead of guessing 64-bit MMIO.
 * Facts: the common ones ({@code preventedBy} VMDP311 when a pages line was seen),
 * {@code pagesNeeded} and {@code pagesLimit} when the line shows them, and {@code confirmed}
 * ({@code true} when a pages line was seen).
 */
final class MmioLimitLogged extends LogRule {
  static final Signature PAGES = new Signature("total number of pages needed ... exceeds limit",
      Pattern.compile("total number of pages needed(.*?)exceeds limit(.*)"));
  static final Signature POWER_ON = new Signature("Module 'DevicePowerOn' power on failed",
      Pattern.compile("Module '?DevicePowerOn'? power on failed"));
  static final String FIX = "set pciPassthru.use64bitMMIO = \"TRUE\" with pciPassthru.64bitMMIOSizeGB";
  /** What to do when the log names no cause: nothing in a file is known to prevent it. */
  static final String UNKNOWN_FIX = "read the lines before it for the failing device's own message";
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");
  /** The other rules' signatures: a cause of a DevicePowerOn failure other than MMIO. */
  private static final List<Signature> OTHER_CAUSES = List.of(WrongPcieLogged.MARKED, WrongPcieLogged.REGISTER,
      ReservationLogged.RESERVATION, DeviceMismatchLogged.MISMATCH, DeviceHintsLogged.NO_HINTS,
      DeviceHintsLogged.PREDICATES, NoPcieSlotLogged.NO_SLOT, ResetFailureLogged.PENDING,
      ResetFailureLogged.UNRESPONSIVE, RegistrationFailureLogged.PLATFORM, RegistrationFailureLogged.UNAVAILABLE);

  MmioLimitLogged() {
    super("VMDP702");
  }

  @Override
  List<Signature> signatures() {
    return List.of(PAGES, POWER_ON);
  }

  @Override
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    if (PAGES.equals(sig)) {
      Matcher needed = NUMBER.matcher(m.group(1));
      if (needed.find()) {
        values.put("pagesNeeded", needed.group());
      }
      Matcher limit = NUMBER.matcher(m.group(2));
      if (limit.find()) {
        values.put("pagesLimit", limit.group());
      }
    }
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    boolean confirmed = o.signatures.contains(PAGES.text());
    if (!confirmed) {
      for (Signature other : OTHER_CAUSES) {
        if (fileShows(context, o.file, other.pattern())) {
          return Optional.empty();
        }
      }
    }
    String message;
    if (confirmed) {
      String counts = o.value("pagesNeeded").isPresent() && o.value("pagesLimit").isPresent()
          ? " (" + o.value("pagesNeeded").get() + " needed, limit " + o.value("pagesLimit").get() + ")" : "";
      message = "passthrough MMIO pages exceed the limit" + counts + ": see VMDP311 (pciPassthru.use64bitMMIO)";
    } else {
      message = "device power-on failed (Module 'DevicePowerOn') and the log shows no cause vmdp recognises";
    }
    Finding.Builder f = finding(o, message, confirmed ? "VMDP311" : "unknown", confirmed ? FIX : UNKNOWN_FIX)
        .putFact("confirmed", String.valueOf(confirmed));
    o.value("pagesNeeded").ifPresent(v -> f.putFact("pagesNeeded", v));
    o.value("pagesLimit").ifPresent(v -> f.putFact("pagesLimit", v));
    return Optional.of(f.build());
  }
}
