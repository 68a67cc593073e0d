package dev.vmdp.rules.log;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VMDP703: "memory reservation (sched.mem.min) should be equal to memsize" (ESXi's text, with
 * the VM's memsize in parentheses). One finding per memsize value and file. Facts: the common
 * ones ({@code preventedBy} VMDP305) and {@code memsize} when the line shows it.
 */
final class ReservationLogged extends LogRule {
  static final Signature RESERVATION = new Signature("memory reservation (sched.mem.min) should be equal to memsize",
      Pattern.compile("memory reservation \\(sched\\.mem\\.min\\) should be equal to memsize(?:\\s*\\(\\s*([0-9]+)\\s*\\))?"));
  static final String FIX = "set the reservation (sched.mem.min) to memsize";

  ReservationLogged() {
    super("VMDP703");
  }

  @Override
  List<Signature> signatures() {
    return List.of(RESERVATION);
  }

  @Override
  void extract(Signature sig, Matcher m, String message, Map<String, String> values) {
    if (m.group(1) != null) {
      values.put("memsize", m.group(1));
    }
  }

  @Override
  String key(Map<String, String> values) {
    return values.getOrDefault("memsize", "");
  }

  @Override
  Optional<Finding> report(CheckContext context, Occurrence o) {
    String memsize = o.value("memsize").map(v -> "(" + v + ")").orElse("");
    Finding.Builder f = finding(o, "memory reservation (sched.mem.min) should be equal to memsize" + memsize
        + ": see VMDP305 (set the reservation to memsize)", "VMDP305", FIX);
    o.value("memsize").ifPresent(v -> f.putFact("memsize", v));
    return Optional.of(f.build());
  }
}
