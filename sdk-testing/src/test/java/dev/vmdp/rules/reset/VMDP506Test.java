package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP506Test {
  static RuleTest sriovHost(String map) {
    return RuleTest.forRules("VMDP506").lspci("lspci-nnvvv.txt", TestHosts.sriovHostLspci()).map("passthru.map", map);
  }

  @Test
  void positive_linesForThePhysicalAndVirtualFunctions() {
    Checked c = sriovHost("""
        # Mellanox ConnectX-5
        # BUG: VMDP506
        15b3  1017  flr  default
        # BUG: VMDP506
        15b3  1018  flr  default
        """).run().expectMarked();
    assertThat(c.all("VMDP506")).extracting(f -> f.facts().get("role"), f -> f.facts().get("address"))
        .containsExactly(tuple("physical function", "0000:12:00.0"),
            tuple("virtual function", "0000:12:00.2"));
    assertThat(c.all("VMDP506")).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(c.all("VMDP506").get(0).facts()).containsEntry("line", "15b3 1017 flr default");
  }

  @Test
  void negative_lineForAnOrdinaryDevice() {
    sriovHost("8086  10c6  d3d0  default\n").run().expectNone();
  }
}
