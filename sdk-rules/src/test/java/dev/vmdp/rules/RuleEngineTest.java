package dev.vmdp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

  /** A rule that reports every VM, for exercising the engine. */
  static class EveryVm implements Rule {
    private final String id;
    private final Severity severity;

    EveryVm(String id, Severity severity) {
      this.id = id;
      this.severity = severity;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity defaultSeverity() {
      return severity;
    }

    @Override
    public String summary() {
      return "reports every VM";
    }

    @Override
    public List<Finding> check(CheckContext context) {
      return context.vms().stream()
          .map(vm -> finding("vm " + vm.name(), "seen on ESX " + context.hostVersion()).putFact("vm", vm.name()).build())
          .toList();
    }
  }

  static final Host HOST = Host.builder().name("esx01").build();
  static final VirtualMachine VM7 = VirtualMachine.builder().name("rhel3").hardwareVersion(7).build();
  static final VirtualMachine VM17 = VirtualMachine.builder().name("gpu").hardwareVersion(17).build();

  @Test
  void runsRulesAndSortsErrorsFirst() {
    Report r = RuleEngine.builder()
        .addRule(new EveryVm("SITE002", Severity.WARNING))
        .addRule(new EveryVm("SITE001", Severity.ERROR))
        .build()
        .check(HOST, List.of(VM7));
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("SITE001", "SITE002");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.errors()).singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("vm", "rhel3"));
    assertThat(r).hasToString("1 errors, 1 warnings, 0 infos");
  }

  @Test
  void infersForEachVmTheOldestHostThatRunsItsHardwareAndSaysSo() {
    // Without a host version, each VM is judged on the oldest product that runs its own hardware
    // (as a streaming check does, file by file); each assumption is said once.
    Report r = RuleEngine.builder().addRule(new EveryVm("SITE001", Severity.INFO)).build().check(HOST, List.of(VM7, VM17));
    assertThat(r.findings()).extracting(Finding::message).containsExactlyInAnyOrder("seen on ESX 4.0", "seen on ESX 7.0");
    assertThat(r.assumptions()).containsExactly(
        "host version not given: assumed ESX 4.0, the oldest product that runs virtualHW.version 7",
        "host version not given: assumed ESX 7.0, the oldest product that runs virtualHW.version 17");
  }

  @Test
  void usesTheGuidesVersionWhenNothingSaysAndTheHostsWhenGiven() {
    RuleEngine e = RuleEngine.builder().addRule(new EveryVm("SITE001", Severity.INFO)).build();
    VirtualMachine bare = VirtualMachine.builder().name("bare").build();
    assertThat(e.check(HOST, List.of(bare)).assumptions())
        .containsExactly("host version not given and no virtualHW.version to infer it from: guessed ESX 4.0"
            + " (the guide's version); checks that depend on the version are not verified");
    Report known = e.check(HOST.withVersion(EsxVersion.parse("6.7")), List.of(VM17));
    assertThat(known.assumptions()).isEmpty();
    assertThat(known.findings().get(0).message()).isEqualTo("seen on ESX 6.7");
  }

  @Test
  void sitePolicyOverridesSeveritiesAndDisablesRules() {
    SitePolicy policy = SitePolicy.builder().putSeverity("SITE001", Severity.INFO).addDisabled("SITE002").build();
    Report r = RuleEngine.builder()
        .addRule(new EveryVm("SITE001", Severity.ERROR))
        .addRule(new EveryVm("SITE002", Severity.ERROR))
        .policy(policy)
        .build()
        .check(HOST, List.of(VM7));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("SITE001");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
    });
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void sitePolicyAppliesToAReportMadeWithoutItAsTheEngineWouldHave() {
    SitePolicy policy = SitePolicy.builder().putSeverity("SITE002", Severity.INFO).addDisabled("SITE001").build();
    RuleEngine.Builder rules = RuleEngine.builder()
        .addRule(new EveryVm("SITE001", Severity.ERROR))
        .addRule(new EveryVm("SITE002", Severity.ERROR))
        .addRule(new EveryVm("SITE003", Severity.WARNING));
    Report without = rules.build().check(HOST, List.of(VM7));
    Report after = policy.apply(without);
    assertThat(after.findings()).isEqualTo(rules.policy(policy).build().check(HOST, List.of(VM7)).findings());
    assertThat(after.findings()).extracting(Finding::ruleId).containsExactly("SITE003", "SITE002");
    assertThat(SitePolicy.standard().apply(without).findings()).isEqualTo(without.findings());
  }

  @Test
  void reportsReadTimeDiagnosticsOfVmsAndHostAsFindings() {
    Diagnostic dup = Diagnostic.builder().ruleId("VMDP601").severity(Severity.WARNING)
        .message("duplicate key memsize (line 3 is used)").location(SourceRef.of("a.vmx", 9, 1)).build();
    VirtualMachine vm = VirtualMachine.builder().from(VM7).addDiagnostic(dup).build();
    Report r = RuleEngine.builder().addRule(new ReadDiagnosticRule("VMDP601", Severity.WARNING, "duplicate key"))
        .addRule(new ReadDiagnosticRule("VMDP602", Severity.WARNING, "not a key = value line"))
        .build().check(HOST, List.of(vm));
    assertThat(r.findings()).singleElement().hasToString(
        "a.vmx:9:1: VMDP601 WARNING vm rhel3: duplicate key memsize (line 3 is used)");
  }

  @Test
  void aFailingRuleIsNamed() {
    Rule broken = new EveryVm("SITE009", Severity.ERROR) {
      @Override
      public List<Finding> check(CheckContext context) {
        throw new IllegalStateException("boom");
      }
    };
    assertThatThrownBy(() -> RuleEngine.builder().addRule(broken).build().check(HOST, List.of(VM7)))
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("rule SITE009 failed: java.lang.IllegalStateException: boom");
  }

  @Test
  void fixesApplyOnlyToTheirTarget() {
    VmFix fix = Fix.forVm(VM7, "reserve all 512 MB of guest memory", vm -> vm.withMemoryReservationMb(512));
    assertThat(fix.targets(VM7)).isTrue();
    assertThat(fix.targets(VM17)).isFalse();
    assertThat(fix.applyTo(VM7).memoryReservationMb()).hasValue(512);
    assertThatThrownBy(() -> fix.applyTo(VM17))
        .hasMessage("fix 'reserve all 512 MB of guest memory' is for VM 'rhel3', not VM 'gpu'");
    assertThat(fix.description()).isEqualTo("reserve all 512 MB of guest memory");
  }

  @Test
  void findingsRefuseMessagesEndingWithAPeriod() {
    assertThatThrownBy(() -> Finding.builder().ruleId("VMDP305").severity(Severity.ERROR).subject("vm x")
        .message("too low.").build()).hasMessageContaining("'too low.'");
  }
}
