package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VMDP505Test {
  final UnusedMapLine rule = new UnusedMapLine();

  @Test
  void positive_lineForADeviceTheHostDoesNotHave() {
    assertThat(run(rule, server("1000 0058 d3d0 default\n10de ffff bridge false\n")))
        .singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("line", "1000 0058 d3d0 default"));
  }

  @Test
  void negative_everyLineMatches() {
    assertThat(run(rule, server())).isEmpty();
  }

  @Test
  void negative_hostFunctionsUnknown() {
    Host mapOnly = Host.builder().name("h").passthruMap(PassthruMapDocument.parse(
        "1000 0058 d3d0 default\n".getBytes(StandardCharsets.UTF_8), "passthru.map").toModel()).build();
    assertThat(run(rule, mapOnly)).isEmpty();
  }
}
