package dev.vmdp.rules;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One result of a check: which rule, how serious, about what, a one-line message, the facts behind
 * it as key/value pairs (so tests and tools assert on facts, not prose), where in a file it is,
 * and the fixes that would resolve it.
 *
 * <pre>{@code
 * Finding f = Finding.builder()
 *     .ruleId("VMDP305").severity(Severity.ERROR).subject("vm RHEL3")
 *     .message("memory reservation 256 MB is below memsize 512 MB")
 *     .putFact("memsize", "512").putFact("reservation", "256")
 *     .location(SourceRef.of("rhel3.vmx", 7))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Finding {
  /** A rule ID: {@code VMDP305}, or a site rule's {@code SITE001}; compiled once (it is checked for every finding). */
  private static final Pattern RULE_ID = Pattern.compile("VMDP[0-9]{3}|[A-Z][A-Z0-9_-]*[0-9]+");

  /** The catalogue ID, e.g. {@code VMDP305}. */
  public abstract String ruleId();

  /** The severity after site policy. */
  public abstract Severity severity();

  /** What the finding is about: {@code vm RHEL3}, {@code host esx01}, {@code device 0000:03:00.0}. */
  public abstract String subject();

  /** One line, without a trailing period. */
  public abstract String message();

  /** The evidence, in the order the rule put it; keys are stable, documented per rule. */
  public abstract Map<String, String> facts();

  /** The file and line the finding points at, when it has one. */
  public abstract Optional<SourceRef> location();

  /** Fixes that resolve the finding; empty when the fix is a manual step. */
  public abstract List<Fix> fixes();

  /** A copy with another severity. */
  public abstract Finding withSeverity(Severity severity);

  /** Renders as {@code file:line: VMDP305 ERROR vm RHEL3: message}. */
  @Override
  public String toString() {
    return location().map(l -> l + ": ").orElse("") + ruleId() + " " + severity() + " " + subject() + ": " + message();
  }

  @Value.Check
  void check() {
    if (!RULE_ID.matcher(ruleId()).matches()) {
      throw new IllegalStateException("Finding ruleId must look like VMDP305 (or SITE001 for site rules), was '"
          + ruleId() + "'");
    }
    if (message().endsWith(".")) {
      throw new IllegalStateException("Finding message must not end with a period, was '" + message() + "'");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} values. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
