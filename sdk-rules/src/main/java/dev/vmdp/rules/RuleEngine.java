package dev.vmdp.rules;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.function.Predicate;
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
    // The two passes of a streaming check, over VMs held in memory: each VM with the rules that need
    // only it, then the rules that compare VMs or judge the host. Both ways give the same findings.
    // The second pass sees what a streaming check keeps of each VM, its passthrough facts, so every
    // check, streamed or not, tests that the rules comparing VMs need nothing more.
    List<Report> parts = new ArrayList<>(vms.size() + 1);
    FleetFacts facts = new FleetFacts();
    for (VirtualMachine vm : vms) {
      parts.add(checkEachVm(host, vm));
      facts.add(vm);
    }
    parts.add(checkAllVms(host, facts, logs));
    return Report.combine(parts);
  }

  /**
   * The first pass of a streaming check: one VM, as it is read, with the rules of
   * {@link Scope#EACH_VM} (and {@link Scope#BOTH}). With {@link #checkAllVms} over the
   * {@link FleetFacts} of every VM, it finds what {@link #check} finds, without holding the fleet. A
   * host without a version is assumed to be the oldest product that runs this VM's hardware.
   *
   * @param host the host
   * @param vm the VM
   * @return the findings about this VM
   * @throws VmdpException when a rule fails, naming the rule
   */
  public Report checkEachVm(Host host, VirtualMachine vm) {
    return run(CheckContext.of(host, List.of(vm), List.of(), knowledge, Scope.EACH_VM, vm.hardwareVersion().orElse(0),
        1),
        r -> r.scope() != Scope.ALL_VMS);
  }

  /**
   * The second pass of a streaming check: the rules of {@link Scope#ALL_VMS} (and
   * {@link Scope#BOTH}), once, over the passthrough facts of every VM, the host and the logs.
   *
   * @param host the host
   * @param facts what was kept of every VM checked in the first pass
   * @param logs the log lines to diagnose
   * @return the findings that need every VM, and those about the host
   * @throws VmdpException when a rule fails, naming the rule
   */
  public Report checkAllVms(Host host, FleetFacts facts, List<LogLine> logs) {
    return run(CheckContext.of(host, facts.vms(), logs, knowledge, Scope.ALL_VMS, facts.maxHardwareVersion(),
        facts.checked()), r -> r.scope() != Scope.EACH_VM);
  }

  private Report run(CheckContext context, Predicate<Rule> selected) {
    List<Finding> all = new ArrayList<>();
    for (Rule rule : rules) {
      if (!selected.test(rule)) {
        continue;
      }
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
    if (!context.vms().isEmpty() && context.pass().filter(Scope.ALL_VMS::equals).isEmpty()) {
      // The assumed version matters to VM checks; a map or log check alone makes no use of it.
      context.hostVersionAssumption().ifPresent(assumptions::add);
    }
    if (context.pass().filter(Scope.ALL_VMS::equals).isEmpty()) {
      for (VirtualMachine vm : context.vms()) {
        // A file without a key vmdp reads (empty, only comments) passes every rule: say so rather than nothing (issue #18).
        if (vm.file().isPresent() && vm.sources().isEmpty() && vm.diagnostics().isEmpty()) {
          assumptions.add(vm.file().get() + ":1: none of the keys vmdp checks is in the file (it is empty or holds"
              + " no virtualHW.version, memsize or pciPassthruN key): nothing was checked");
        }
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
