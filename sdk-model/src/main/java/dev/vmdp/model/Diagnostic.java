package dev.vmdp.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem found while reading a file, named by its rule catalogue ID (for example
 * {@code VMDP602}), with its default severity, a message and where it was found.
 *
 * <p>Readers in sdk-io produce diagnostics; the rule engine reports them like any finding.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.builder()
 *     .ruleId("VMDP602").severity(Severity.WARNING)
 *     .message("line is not a key = value line (kept as is)")
 *     .location(SourceRef.of("rhel3.vmx", 12, 1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Diagnostic {

  /** The catalogue ID, {@code VMDP} followed by three digits. */
  public abstract String ruleId();

  /** The default severity of the rule. */
  public abstract Severity severity();

  /** A one-line message without a trailing period. */
  public abstract String message();

  /** Where the problem is, when it has a place. */
  public abstract Optional<SourceRef> location();

  /** Renders as {@code file:line:col: RULE message}, or {@code RULE message} without a place. */
  @Override
  public String toString() {
    String where = location().map(l -> l + ": ").orElse("");
    return where + ruleId() + " " + severity() + " " + message();
  }

  @Value.Check
  void check() {
    if (!isRuleId(ruleId())) {
      throw new IllegalStateException("Diagnostic ruleId must look like VMDP123, was '" + ruleId() + "'");
    }
  }

  /** Whether {@code id} is {@code VMDP} and three ASCII digits (no pattern per diagnostic). */
  static boolean isRuleId(String id) {
    if (id.length() != 7 || !id.startsWith("VMDP")) {
      return false;
    }
    for (int i = 4; i < 7; i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Diagnostic} values. */
  public static final class Builder extends ImmutableDiagnostic.Builder {}
}
