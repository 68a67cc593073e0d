package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP504Test {
  @Test
  void positive_exactAndWildcardLinesForTheGpuSayWhichWins() {
    Finding f = RuleTest.forRules("VMDP504").lspci("lspci-nnvvv.txt", TestHosts.lspci()).map("passthru.map", """
        # NVIDIA
        10de  ffff  bridge  false
        # Tesla T4: FLR works on this host
        # BUG: VMDP504
        10de  1eb8  flr  default
        """).run().expectMarked().only("VMDP504");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.facts()).containsEntry("id", "10de:1eb8").containsEntry("winner", "10de 1eb8 flr default")
        .containsEntry("lines", "line 5: 10de 1eb8 flr default; line 2: 10de ffff bridge false");
  }

  @Test
  void positive_repeatedLinesWithoutAHostLastWins() {
    Finding f = RuleTest.forRules("VMDP504").map("passthru.map", """
        # Intel 82598 10 Gigabit Ethernet Controller
        8086  10c6  d3d0  default
        # BUG: VMDP504
        8086  10c6  flr   default
        """).run().expectMarked().only("VMDP504");
    assertThat(f.facts()).containsEntry("id", "8086:10c6").containsEntry("winner", "8086 10c6 flr default");
  }

  @Test
  void negative_oneLinePerDevice() {
    RuleTest.forRules("VMDP504").lspci("lspci-nnvvv.txt", TestHosts.lspci()).map("passthru.map", TestHosts.SITE_MAP)
        .run().expectNone();
  }
}
