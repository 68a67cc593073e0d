package dev.vmdp.rules;

import dev.vmdp.model.Severity;
import dev.vmdp.model.VmdpStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a site changes about the standard checks: severity overrides and disabled rules. Extra
 * rules go to {@link RuleEngine.Builder#addRule(Rule)}; extra known devices to the knowledge base.
 *
 * <pre>{@code
 * SitePolicy policy = SitePolicy.builder()
 *     .putSeverity("VMDP205", Severity.INFO)     // unsupported devices are fine here
 *     .addDisabled("VMDP307")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class SitePolicy {

  /** Severity per rule ID, replacing the rule's default. */
  public abstract Map<String, Severity> severities();

  /** Rule IDs whose findings are dropped. */
  public abstract Set<String> disabled();

  /** The severity a finding of the rule gets under this policy, or empty to keep the rule's. */
  public Optional<Severity> severityOf(String ruleId) {
    return Optional.ofNullable(severities().get(ruleId));
  }

  /**
   * A finding under this policy.
   *
   * @param finding a finding as its rule made it
   * @return empty when the finding's rule is disabled, else the finding with the policy's severity
   *     for its rule (the finding itself when the policy has none)
   */
  public Optional<Finding> apply(Finding finding) {
    if (disabled().contains(finding.ruleId())) {
      return Optional.empty();
    }
    return Optional.of(severityOf(finding.ruleId()).map(finding::withSeverity).orElse(finding));
  }

  /**
   * A report under this policy, for reports made without it (a plan's, a map or log check's):
   * the findings of disabled rules dropped, severities replaced, in {@link Report#ORDER}.
   *
   * @param report the report
   * @return the report as the policy sees it, with the same assumptions
   */
  public Report apply(Report report) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : report.findings()) {
      apply(f).ifPresent(kept::add);
    }
    kept.sort(Report.ORDER);
    return new Report(kept, report.assumptions());
  }

  /** The policy that changes nothing. */
  public static SitePolicy standard() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SitePolicy} values. */
  public static final class Builder extends ImmutableSitePolicy.Builder {}
}
