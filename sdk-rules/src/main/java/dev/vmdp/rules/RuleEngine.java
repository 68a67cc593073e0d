package dev.vmdp.rules;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs rules over a host and its VMs and collects a {@link Report}; the report's notes say what
 * the check assumed (a host version) and which files held nothing to check (an empty .vmx). Read-time diagnostics that
 * the readers attached to the model (VMDP501-503, VMDP601-606) are reported by
 * {@link ReadDiagnosticRule}s, like any finding.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder()
 *     .rules(StandardRules.all())
 *     .addRule(mySiteRule)
 *     .policy(SitePolicy.builder().putSeverity("VMDP205", Severity.INFO).build())
 *     .build();
 * Report report = engine.check(host, List.of(vm));
 * }</pre>
 *
 * <p>An engine is immutable and thread-safe when its rules are (the standard rules are).
 */
public final class RuleEngine {
  private final List<Rule> rules;
  private final KnowledgeBase knowledge;
  private final SitePolicy policy;

  private RuleEngine(List<Rule> rules, KnowledgeBase knowledge, SitePolicy policy) {
    this.rules = List.copyOf(rules);
    this.knowledge = knowledge;
    this.policy = policy;
  }

  /** A builder with no rules, the standard knowledge base and the standard policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules, in the order they run. */
  public List<Rule> rules() {
    return rules;
  }

  /** The knowledge base rules see. */
  public KnowledgeBase knowledge() {
    return knowledge;
  }

  /** The site policy applied to findings. */
  public SitePolicy policy() {
    return policy;
  }

  /**
   * Checks VMs against a host.
   *
   * @param host the host (an empty host when nothing is known about it)
   * @param vms the VMs
   * @return the report
   * @throws VmdpException when a rule fails, naming the rule
   */
  public Report check(Host host, List<VirtualMachine> vms) {
    return check(host, vms, List.of());
  }

  /**
   * Checks VMs against a host, and diagnoses vmware.log lines.
   *
   * @param host the host (an empty host when nothing is known about it)
   * @param vms the VMs
   * @param logs lines of the VMs' vmware.log files
   * @return the report
   * @throws VmdpException when a rule fails, naming the rule
   */
  public Report check(Host host, List<VirtualMachine> vms, List<LogLine> logs) {
    CheckContext context = CheckContext.of(host, vms, logs, knowledge);
    List<Finding> all = new ArrayList<>();
    for (Rule rule : rules) {
      List<Finding> found;
      try {
        found = rule.check(context);
      } catch (VmdpException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new VmdpException("rule " + rule.id() + " failed: " + e, e);
      }
      all.addAll(found);
    }
    List<Finding> kept = new ArrayList<>();
    for (Finding f : all) {
      policy.apply(f).ifPresent(kept::add);
    }
    kept.sort(Report.ORDER);
    List<String> assumptions = new ArrayList<>();
    if (!context.vms().isEmpty()) {
      // The assumed version matters to VM checks; a map or log check alone makes no use of it.
      context.hostVersionAssumption().ifPresent(assumptions::add);
    }
    for (VirtualMachine vm : context.vms()) {
      // A file without a key vmdp reads (empty, only comments) passes every rule: say so rather than nothing (issue #18).
      if (vm.file().isPresent() && vm.sources().isEmpty() && vm.diagnostics().isEmpty()) {
        assumptions.add(vm.file().get() + ":1: none of the keys vmdp checks is in the file (it is empty or holds"
            + " no virtualHW.version, memsize or pciPassthruN key): nothing was checked");
      }
    }
    return new Report(kept, assumptions);
  }

  /** Builds {@link RuleEngine}s. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private KnowledgeBase knowledge = KnowledgeBase.standard();
    private SitePolicy policy = SitePolicy.standard();

    private Builder() {}

    /**
     * Replaces the rules.
     *
     * @param rules the rules, in the order they run
     * @return this builder
     */
    public Builder rules(List<? extends Rule> rules) {
      this.rules.clear();
      rules.forEach(this::addRule);
      return this;
    }

    /**
     * Adds a rule; a rule with the same ID replaces the earlier one.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      rules.put(rule.id(), rule);
      return this;
    }

    /**
     * Sets the knowledge base.
     *
     * @param knowledge the knowledge base
     * @return this builder
     */
    public Builder knowledge(KnowledgeBase knowledge) {
      this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
      return this;
    }

    /**
     * Sets the site policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(SitePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The engine. */
    public RuleEngine build() {
      return new RuleEngine(new ArrayList<>(rules.values()), knowledge, policy);
    }
  }

}
