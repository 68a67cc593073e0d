package dev.vmdp.rules.log;

import dev.vmdp.model.log.LogLine;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Scope;
import dev.vmdp.rules.Rule;
import java.util.ArrayList;
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
  private static final List<String> IDS = List.of(
      "VMDP701", "VMDP702", "VMDP703", "VMDP704", "VMDP705", "VMDP706", "VMDP707", "VMDP708", "VMDP709");

  private LogRules() {}

  /**
   * A new instance of every log diagnosis rule, in ID order. Each makes its signatures (regular
   * expressions) only when first given log lines: a check without logs, such as every
   * {@code vmdp check}, does not pay for them.
   */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(IDS.size());
    for (String id : IDS) {
      rules.add(new Deferred(id));
    }
    return List.copyOf(rules);
  }

  private static LogRule create(String id) {
    return switch (id) {
      case "VMDP701" -> new WrongPcieLogged();
      case "VMDP702" -> new MmioLimitLogged();
      case "VMDP703" -> new ReservationLogged();
      case "VMDP704" -> new DeviceMismatchLogged();
      case "VMDP705" -> new DeviceHintsLogged();
      case "VMDP706" -> new NoPcieSlotLogged();
      case "VMDP707" -> new IommuFaultLogged();
      case "VMDP708" -> new ResetFailureLogged();
      case "VMDP709" -> new RegistrationFailureLogged();
      default -> throw new IllegalArgumentException("LogRules id must be VMDP701 to VMDP709, was '" + id + "'");
    };
  }

  /** A log rule made on its first check that has log lines (without lines no log rule finds anything). */
  private static final class Deferred extends CatalogueRule {
    private final String id;
    private volatile LogRule rule;

    Deferred(String id) {
      super(id);
      this.id = id;
    }

    /** About the logs: once per check, not per VM. */
    @Override
    public Scope scope() {
      return Scope.ALL_VMS;
    }

    @Override
    public List<Finding> check(CheckContext context) {
      if (context.logs().isEmpty()) {
        return List.of();
      }
      LogRule r = rule;
      if (r == null) {
        r = create(id);
        rule = r;
      }
      return r.check(context);
    }
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
    for (String id : IDS) {
      for (LogRule.Signature s : create(id).signatures()) {
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
