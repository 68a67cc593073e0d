package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Rule;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import org.junit.jupiter.api.Test;

class HostRulesTest {
  @Test
  void listsVmdp101To107InOrderWithCatalogueSummaries() {
    assertThat(HostRules.all()).extracting(Rule::id)
        .containsExactly("VMDP101", "VMDP102", "VMDP103", "VMDP104", "VMDP105", "VMDP106", "VMDP107");
    for (Rule r : HostRules.all()) {
      assertThat(r.summary()).isEqualTo(RuleCatalogue.standard().get(r.id()).summary());
      assertThat(r.defaultSeverity()).isEqualTo(RuleCatalogue.standard().get(r.id()).severity());
    }
  }
}
