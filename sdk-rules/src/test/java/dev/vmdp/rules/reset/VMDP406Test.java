package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.server;
import static dev.vmdp.rules.reset.ResetFixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.Host;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.MapFix;
import dev.vmdp.rules.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP406Test {
  final D3d0WouldFree rule = new D3d0WouldFree();

  static List<Finding> run(D3d0WouldFree rule, Host host, String... addresses) {
    return RuleEngine.builder().addRule(rule).build().check(host, List.of(vm("a", addresses))).findings();
  }

  @Test
  void positive_intelPortsWithoutAMapLineShareTheLinkReset() {
    // Without "8086 10c6 d3d0 default", the 82598 ports (FLReset-, NoSoftRst-) share the link reset of 00:03.0.
    Host host = server("10de ffff bridge false\n");
    assertThat(run(rule, host, "03:00.0")).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("suggestedLine", "8086 10c6 d3d0 default").containsEntry("id", "8086:10c6");
      assertThat(f.fixes()).singleElement()
          .satisfies(x -> assertThat(((MapFix) x).applyTo(host.passthruMap()).entries().get(1).toLine())
              .isEqualTo("8086 10c6 d3d0 default"));
    });
  }

  @Test
  void negative_afterTheFixTheFunctionResetsAlone() {
    Host host = server("10de ffff bridge false\n");
    Finding f = run(rule, host, "03:00.0").get(0);
    Host fixed = Host.builder().from(host).passthruMap(((MapFix) f.fixes().get(0)).applyTo(host.passthruMap())).build();
    assertThat(run(rule, fixed, "03:00.0")).isEmpty();
  }

  @Test
  void negative_gpuAdvertisesNoSoftRstPlus() {
    assertThat(run(rule, server(), "01:00.0")).isEmpty();
  }
}
