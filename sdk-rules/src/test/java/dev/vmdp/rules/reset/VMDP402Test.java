package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.server;
import static dev.vmdp.rules.reset.ResetFixtures.vm;
import static dev.vmdp.rules.reset.ResetFixtures.withVmkernel;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP402Test {
  final SplitNonShareableDevice rule = new SplitNonShareableDevice();

  @Test
  void positive_qlogicPortsInTwoVms() {
    assertThat(run(rule, server(), vm("db1", "04:00.0"), vm("db2", "04:00.1")))
        .singleElement().satisfies(f -> assertThat(f.facts())
            .containsEntry("device", "0000:04:00.0").containsEntry("owners", "db1, db2")
            .containsEntry("mapLine", "1077 2532 default false"));
  }

  @Test
  void positive_onePortInAVmTheOtherWithTheVmkernel() {
    assertThat(run(rule, withVmkernel(server(), "04:00.1"), vm("db1", "04:00.0")))
        .singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("owners", "db1, VMkernel"));
  }

  @Test
  void negative_bothPortsInOneVmOrTheOtherUnused() {
    assertThat(run(rule, server(), vm("db1", "04:00.0", "04:00.1"))).isEmpty();
    assertThat(run(rule, server(), vm("db1", "04:00.0"))).isEmpty();
  }

  @Test
  void negative_shareableDeviceSplit() {
    assertThat(run(rule, server(), vm("a", "03:00.0"), vm("b", "03:00.1"))).isEmpty();
  }
}
