package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.server;
import static dev.vmdp.rules.reset.ResetFixtures.vm;
import static dev.vmdp.rules.reset.ResetFixtures.withVmkernel;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP403Test {
  final ResetHitsVmkernel rule = new ResetHitsVmkernel();

  @Test
  void positive_broadcomPortInAVmTheOtherUsedByTheVmkernel() {
    assertThat(run(rule, withVmkernel(server(), "05:00.1"), vm("web", "05:00.0")))
        .singleElement().satisfies(f -> assertThat(f.facts())
            .containsEntry("vmkernelFunctions", "0000:05:00.1").containsEntry("resetMethod", "link")
            .containsEntry("dependentBridge", "0000:00:07.0"));
  }

  @Test
  void negative_noVmkernelFunctionInTheDomain() {
    assertThat(run(rule, server(), vm("web", "05:00.0"))).isEmpty();
  }

  @Test
  void negative_vmkernelOnAFunctionThatResetsAlone() {
    assertThat(run(rule, withVmkernel(server(), "03:00.1"), vm("a", "03:00.0"))).isEmpty();
  }
}
