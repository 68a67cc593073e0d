package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceRulesTest {
  @Test
  void listsVmdp201To213InOrderWithCatalogueSummaries() {
    assertThat(DeviceRules.all()).extracting(Rule::id).containsExactly("VMDP201", "VMDP202", "VMDP203", "VMDP204",
        "VMDP205", "VMDP206", "VMDP207", "VMDP208", "VMDP209", "VMDP210",
        "VMDP211", "VMDP212", "VMDP213");
    for (Rule r : DeviceRules.all()) {
      assertThat(r.summary()).isEqualTo(RuleCatalogue.standard().get(r.id()).summary());
      assertThat(r.defaultSeverity()).isEqualTo(RuleCatalogue.standard().get(r.id()).severity());
    }
  }

  @Test
  void guideVmOnGuideHostRaisesOnlyTheUnknownDeviceWarnings() {
    for (Rule r : DeviceRules.all()) {
      int expected = r.id().equals("VMDP205") ? 2 : 0;
      List<Finding> found = r.check(CheckContext.of(Fixtures.guideHost(), List.of(Fixtures.guideVm()), List.of(),
          KnowledgeBase.standard()));
      assertThat(found).as(r.id()).hasSize(expected)
          .allSatisfy(f -> assertThat(f.ruleId() + " " + f.severity()).isEqualTo(r.id() + " " + r.defaultSeverity()));
    }
  }
}
