package dev.vmdp.rules.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.VmFix;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class VmRulesTest {

  private static List<Finding> check(Rule rule, VirtualMachine vm) {
    return rule.check(CheckContext.of(Fixtures.guideHost(), List.of(vm), List.of(), KnowledgeBase.standard()));
  }

  /** Applies every fix of the findings to the VM. */
  private static VirtualMachine applyAll(List<Finding> findings, VirtualMachine vm) {
    VirtualMachine v = vm;
    for (Finding f : findings) {
      for (Fix fix : f.fixes()) {
        v = ((VmFix) fix).applyTo(v);
      }
    }
    return v;
  }

  @Test
  void allListsVmdp301To319InOrderWithTheCataloguesSeverityAndSummary() {
    List<Rule> rules = VmRules.all();
    assertThat(rules).extracting(Rule::id).containsExactly("VMDP301", "VMDP302", "VMDP303", "VMDP304", "VMDP305",
        "VMDP306", "VMDP307", "VMDP308", "VMDP309", "VMDP310", "VMDP311", "VMDP312", "VMDP313",
        "VMDP314", "VMDP315", "VMDP316", "VMDP317", "VMDP318", "VMDP319");
    for (Rule r : rules) {
      assertThat(r.defaultSeverity()).as(r.id()).isEqualTo(RuleCatalogue.standard().get(r.id()).severity());
      assertThat(r.summary()).as(r.id()).isEqualTo(RuleCatalogue.standard().get(r.id()).summary());
    }
  }

  @Test
  void theGuidesSampleOnItsHostOnlyGetsThePhysicalMsiWarningsOfItsRhel3Guest() {
    Report report = RuleEngine.builder().rules(VmRules.all()).build()
        .check(Fixtures.guideHost(), List.of(Fixtures.guideVm()));
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("VMDP308", "VMDP308");
  }

  @Test
  void reservationFixAlwaysSilencesVmdp305() {
    qt().withFixedSeed(42).withExamples(300)
        .forAll(SourceDSL.integers().between(1, 1 << 16), SourceDSL.integers().between(0, 1 << 16))
        .checkAssert((memsize, reservation) -> {
          VirtualMachine vm = VirtualMachine.builder().from(Fixtures.guideVm()).memoryMb(memsize)
              .memoryReservationMb(reservation).build();
          List<Finding> f = check(new MemoryNotReserved(), vm);
          assertThat(f).hasSize(reservation < memsize ? 1 : 0);
          assertThat(check(new MemoryNotReserved(), applyAll(f, vm))).isEmpty();
        });
  }

  @Test
  void everyRuleIsSilentForVmsWithoutPassthrough() {
    VirtualMachine plain = VirtualMachine.builder().name("plain").guestOs("winNetEnterprise").hardwareVersion(4)
        .memoryMb(1024).memoryHotAdd(true).build();
    List<String> ids = RuleEngine.builder().rules(VmRules.all()).build()
        .check(Fixtures.server(), List.of(plain)).findings().stream().map(Finding::ruleId)
        .collect(Collectors.toList());
    assertThat(ids).isEmpty();
  }
}
