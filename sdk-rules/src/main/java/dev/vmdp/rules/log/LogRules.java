package dev.vmdp.rules.log;

import dev.vmdp.model.log.LogLine;
import dev.vmdp.rules.Rule;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The log diagnosis rules, VMDP701 to VMDP709: each recognises vmware.log (or vmkernel.log)
 * signatures of a passthrough failure and names the rule whose fix prevents it.
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
        new IommuFaultLogged(),
        new ResetFailureLogged(),
        new RegistrationFailureLogged());
  }

  /**
   * Whether a line shows a signature of any log rule: the only lines diagnosis needs to keep, so a
   * log of any size is diagnosed in bounded memory (issue #18).
   *
   * <pre>{@code
   * Predicate<LogLine> keep = LogRules.signatureFilter();
   * try (Stream<LogLine> s = VmwareLogReader.lines(path)) {
   *   lines = s.filter(keep).toList();
   * }
   * }</pre>
   *
   * @return a thread-safe filter over the lines' messages
   */
  public static Predicate<LogLine> signatureFilter() {
    StringBuilder alternatives = new StringBuilder();
    for (Rule r : all()) {
      for (LogRule.Signature s : ((LogRule) r).signatures()) {
        if (alternatives.length() > 0) {
          alternatives.append('|');
        }
        alternatives.append("(?:").append(s.pattern().pattern()).append(')');
      }
    }
    Pattern any = Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE);
    return line -> any.matcher(line.message()).find();
  }
}
