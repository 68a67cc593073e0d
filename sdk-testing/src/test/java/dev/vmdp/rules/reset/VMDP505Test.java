package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP505Test {
  @Test
  void positive_lineForADeviceTheHostDoesNotHave() {
    Finding f = RuleTest.forRules("VMDP505").lspci("lspci-nnvvv.txt", TestHosts.lspci()).map("passthru.map", """
        # LSI SAS1068E (not in esx01)
        # BUG: VMDP505
        1000  0058  d3d0  default
        # NVIDIA
        10de  ffff  bridge  false
        """).run().expectMarked().only("VMDP505");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.facts()).containsEntry("line", "1000 0058 d3d0 default");
  }

  @Test
  void negative_everyLineMatches() {
    RuleTest.forRules("VMDP505").lspci("lspci-nnvvv.txt", TestHosts.lspci()).map("passthru.map", TestHosts.SITE_MAP)
        .run().expectNone();
  }

  @Test
  void negative_hostFunctionsUnknown() {
    RuleTest.forRules("VMDP505").map("passthru.map", "1000  0058  d3d0  default\n").run().expectNone();
  }
}
