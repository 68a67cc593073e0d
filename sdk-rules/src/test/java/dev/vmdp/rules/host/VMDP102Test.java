package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Iommu;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VMDP102Test {
  private static final Host AMD_40 = Fixtures.guideHost().withIommu(Iommu.builder().kind(IommuKind.AMD_VI).build());

  @Test
  void positive_amdIommuOnEsx40() {
    assertThat(Checks.run(new AmdIommuExperimental(), AMD_40, Fixtures.guideVm())).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("version", "4.0")
            .containsEntry("versionAssumed", "false").containsEntry("evidence", "iommuKind"));
  }

  @Test
  void positive_amdModuleInModuleListOnAssumedVersion() {
    Host h = Host.builder().name("esx-amd").loadedModules(Set.of("vmkernel", "amd_iommu")).build();
    assertThat(Checks.run(new AmdIommuExperimental(), h, Fixtures.guideVm())).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("version", "4.0")
            .containsEntry("versionAssumed", "true").containsEntry("evidence", "amd_iommu"));
  }

  @Test
  void negative_amdIommuOnEsxi50() {
    assertThat(Checks.run(new AmdIommuExperimental(), AMD_40.withVersion(EsxVersion.ESX_5_0), Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_intelOrUnknownIommuOnEsx41() {
    assertThat(Checks.run(new AmdIommuExperimental(), Fixtures.guideHost().withVersion(EsxVersion.ESX_4_1),
        Fixtures.guideVm())).isEmpty();
    assertThat(Checks.run(new AmdIommuExperimental(), Fixtures.guideHost().withIommu(Iommu.unknown()),
        Fixtures.guideVm())).isEmpty();
  }
}
