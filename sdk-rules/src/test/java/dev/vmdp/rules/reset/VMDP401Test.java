package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.server;
import static dev.vmdp.rules.reset.ResetFixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP401Test {
  final SplitResetDomain rule = new SplitResetDomain();

  @Test
  void positive_gpuAndAudioInDifferentVms() {
    assertThat(run(rule, server(), vm("render", "01:00.0"), vm("media", "01:00.1")))
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("VMDP401");
          assertThat(f.subject()).isEqualTo("vm render pciPassthru0");
          assertThat(f.facts()).containsEntry("owners", "render, media").containsEntry("resetMethod", "bridge")
              .containsEntry("dependentBridge", "0000:00:01.0")
              .containsEntry("members", "0000:01:00.0, 0000:01:00.1");
        });
  }

  @Test
  void positive_conventionalNicsBehindOnePciBridgeInTwoVms() {
    assertThat(run(rule, server(), vm("a", "07:01.0"), vm("b", "07:02.0")))
        .singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("dependentBridge", "0000:06:00.0"));
  }

  @Test
  void negative_wholeGroupInOneVm() {
    assertThat(run(rule, server(), vm("render", "01:00.0", "01:00.1"))).isEmpty();
  }

  @Test
  void negative_independentPortsInDifferentVms() {
    assertThat(run(rule, server(), vm("a", "03:00.0"), vm("b", "03:00.1"))).isEmpty();
  }
}
