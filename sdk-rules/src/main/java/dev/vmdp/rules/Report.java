package dev.vmdp.rules;

import dev.vmdp.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The findings of one check, most serious first (then in rule and subject order), with the
 * assumptions the check made (such as an inferred host version).
 *
 * <pre>{@code
 * Report report = RuleEngine.standard().check(host, List.of(vm));
 * if (report.hasErrors()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class Report {
  /** The order findings are shown in: most serious first, then by rule ID, then by subject. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId).thenComparing(Finding::subject);

  private final List<Finding> findings;
  private final List<String> assumptions;

  /**
   * A report.
   *
   * @param findings the findings, in the order to show them
   * @param assumptions what the check assumed, one line each
   */
  public Report(List<Finding> findings, List<String> assumptions) {
    this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    this.assumptions = List.copyOf(Objects.requireNonNull(assumptions, "assumptions"));
  }

  /**
   * One report of several (for example one per host of an inventory): every finding in
   * {@link #ORDER}, every distinct assumption.
   *
   * @param reports the reports
   * @return the combined report
   */
  public static Report combine(List<Report> reports) {
    List<Finding> all = new ArrayList<>();
    Set<String> assumptions = new LinkedHashSet<>();
    for (Report r : reports) {
      all.addAll(r.findings);
      assumptions.addAll(r.assumptions);
    }
    all.sort(ORDER);
    return new Report(all, new ArrayList<>(assumptions));
  }

  /** Every finding. */
  public List<Finding> findings() {
    return findings;
  }

  /** The ERROR findings. */
  public List<Finding> errors() {
    return bySeverity(Severity.ERROR);
  }

  /** The WARNING findings. */
  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /** The INFO findings. */
  public List<Finding> infos() {
    return bySeverity(Severity.INFO);
  }

  /** True when at least one finding is an ERROR. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The findings of one rule. */
  public List<Finding> byRule(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /** Every fix the findings carry, in finding order. */
  public List<Fix> fixes() {
    return findings.stream().flatMap(f -> f.fixes().stream()).collect(Collectors.toUnmodifiableList());
  }

  /** What the check assumed (for example the host version), one line each; empty when nothing. */
  public List<String> assumptions() {
    return assumptions;
  }

  /** How many findings have the severity. */
  public int count(Severity severity) {
    return bySeverity(severity).size();
  }

  private List<Finding> bySeverity(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).collect(Collectors.toUnmodifiableList());
  }

  /** {@code N errors, N warnings, N infos}. */
  @Override
  public String toString() {
    return count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings, " + count(Severity.INFO)
        + " infos";
  }
}
