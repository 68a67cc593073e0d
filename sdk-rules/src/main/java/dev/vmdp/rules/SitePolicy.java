package dev.vmdp.rules;

import dev.vmdp.model.Severity;
import dev.vmdp.model.VmdpStyle;
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
