package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP107Test {
  @Test
  void positive_esx35WithPassthroughEntries() {
    Host h = Fixtures.guideHost().withVersion(EsxVersion.ESX_3_5);
    assertThat(Checks.run(new VersionWithoutDirectPath(), h, Fixtures.guideVm())).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("version", "3.5").containsEntry("minimumVersion", "4.0");
      assertThat(f.message()).isEqualTo("version ESX 3.5 has no VMDirectPath (needs ESX 4.0 or later)");
    });
  }

  @Test
  void negative_esx40OrVersionUnknown() {
    assertThat(Checks.run(new VersionWithoutDirectPath(), Fixtures.guideHost(), Fixtures.guideVm())).isEmpty();
    Host unknown = Host.builder().from(Fixtures.guideHost()).version(java.util.Optional.empty()).build();
    assertThat(Checks.run(new VersionWithoutDirectPath(), unknown, Checks.vm("old"))).isEmpty();
  }

  @Test
  void negative_esx35WithoutPresentEntries() {
    assertThat(Checks.run(new VersionWithoutDirectPath(), Host.builder().from(Fixtures.guideHost())
        .version(EsxVersion.ESX_3_5).passthroughStates(java.util.Map.of()).build(), Checks.vm("plain"))).isEmpty();
  }
}
