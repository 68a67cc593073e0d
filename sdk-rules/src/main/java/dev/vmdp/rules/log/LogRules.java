package dev.vmdp.rules.log;

import dev.vmdp.rules.Rule;
import java.util.List;

/**
 * The log diagnosis rules, VMDP701 to VMDP707: each recognises vmware.log signatures of a
 * passthrough failure and names the rule whose fix prevents it.
 *
 * <pre>{@code
 * List<LogLine> lines;
 * try (Stream<LogLine> s = VmwareLogReader.lines(Path.of("vmware.log"))) {
 *   lines = s.toList();
 * }
 * Report report = RuleEngine.builder().rules(LogRules.all()).build().check(host, vms, lines);
 * }</pre>
 */
public final class LogRules {
  private LogRules() {}

  /** A new instance of every log diagnosis rule, in ID order. */
  public static List<Rule> all() {
    return List.of(
        new WrongPcieLogged(),
        new MmioLimitLogged(),
        new ReservationLogged(),
        new DeviceMismatchLogged(),
        new DeviceHintsLogged(),
        new NoPcieSlotLogged(),
        new IommuFaultLogged());
  }
}
