package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP405Test {
  final MapForcesUnadvertisedMethod rule = new MapForcesUnadvertisedMethod();

  @Test
  void positive_flrForcedOnADeviceWithoutIt() {
    assertThat(run(rule, server("8086 10c6 flr default\n"))).hasSize(2).allSatisfy(f -> {
      assertThat(f.facts()).containsEntry("mapLine", "8086 10c6 flr default").containsEntry("advertised", "DevCap FLReset-");
      assertThat(f.location().map(Object::toString)).contains("passthru.map:1");
    });
  }

  @Test
  void positive_d3d0ForcedOnADeviceWithNoSoftRstPlus() {
    assertThat(run(rule, server("14e4 1662 d3d0 false\n"))).hasSize(2)
        .allSatisfy(f -> assertThat(f.facts().get("advertised")).startsWith("PM NoSoftRst+"));
  }

  @Test
  void negative_methodsTheDevicesAdvertise() {
    assertThat(run(rule, server("8086 10c6 d3d0 default\n1077 2532 flr default\n"))).isEmpty();
  }
}
