package dev.vmdp.rules;

import dev.vmdp.model.Severity;
import java.util.List;

/**
 * A check: a pure function from the model (in a {@link CheckContext}) to findings. Rules never
 * read files and never guess: a rule that lacks its evidence stays silent (or reports the matching
 * "not verified" finding).
 *
 * <p>Site rules implement this interface too:
 *
 * <pre>{@code
 * Rule noGpusOnProd = new Rule() {
 *   public String id() { return "SITE001"; }
 *   public Severity defaultSeverity() { return Severity.ERROR; }
 *   public String summary() { return "no GPU passthrough on production VMs"; }
 *   public List<Finding> check(CheckContext ctx) { ... }
 * };
 * }</pre>
 */
public interface Rule {

  /** The stable ID: a catalogue ID ({@code VMDP305}) or a site ID ({@code SITE001}). */
  String id();

  /** The severity findings get unless a site policy overrides it. */
  Severity defaultSeverity();

  /** One line without a trailing period. */
  String summary();

  /**
   * Checks the model.
   *
   * @param context the host, the VMs, the knowledge base and the policy
   * @return the findings, each with this rule's ID; empty when all is well or evidence is missing
   */
  List<Finding> check(CheckContext context);

  /**
   * Which VMs the rule must see together ({@link Scope}): {@link Scope#EACH_VM} unless the rule
   * overrides it. A rule that compares VMs, or needs more than their passthrough entries of other
   * VMs, must say {@link Scope#ALL_VMS}.
   *
   * @return the scope
   */
  default Scope scope() {
    return Scope.EACH_VM;
  }

  /**
   * A finding builder already carrying this rule's ID and default severity.
   *
   * @param subject what the finding is about, e.g. {@code vm RHEL3}
   * @param message one line without a trailing period
   * @return the builder
   */
  default Finding.Builder finding(String subject, String message) {
    Finding.Builder b = Finding.builder();
    b.ruleId(id()).severity(defaultSeverity()).subject(subject).message(message);
    return b;
  }
}
