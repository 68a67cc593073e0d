package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VMDP504Test {
  final RepeatedMapLines rule = new RepeatedMapLines();

  @Test
  void positive_exactAndWildcardLinesForTheGpuSayWhichWins() {
    assertThat(run(rule, server("10de ffff bridge false\n10de 1eb8 flr default\n")))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).containsEntry("id", "10de:1eb8").containsEntry("winner", "10de 1eb8 flr default")
              .containsEntry("lines", "line 2: 10de 1eb8 flr default; line 1: 10de ffff bridge false");
          assertThat(f.location().map(Object::toString)).contains("passthru.map:2");
        });
  }

  @Test
  void positive_repeatedLinesWithoutAHostLastWins() {
    Host mapOnly = Host.builder().name("h").passthruMap(PassthruMapDocument.parse(
        "8086 10c6 d3d0 default\n8086 10c6 flr default\n".getBytes(StandardCharsets.UTF_8), "passthru.map").toModel()).build();
    assertThat(run(rule, mapOnly)).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("winner", "8086 10c6 flr default"));
  }

  @Test
  void negative_oneLinePerDevice() {
    assertThat(run(rule, server())).isEmpty();
  }
}
