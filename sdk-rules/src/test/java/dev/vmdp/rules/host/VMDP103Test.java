package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Iommu;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VMDP103Test {
  private static Host withModules(String... modules) {
    return Host.builder().from(Fixtures.guideHost()).loadedModules(Set.of(modules)).build();
  }

  @Test
  void positive_biosOff() {
    Host h = Fixtures.guideHost().withIommu(Iommu.builder().kind(IommuKind.INTEL_VTD).biosEnabled(false).build());
    assertThat(Checks.run(new IommuNotEnabled(), h, Fixtures.guideVm())).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("reason", "biosOff"));
  }

  @Test
  void positive_moduleListWithoutIommuModule() {
    Host h = Host.builder().from(withModules("vmkernel", "e1000", "lvmdriver"))
        .putSource("loadedModules", SourceRef.of("modules.txt", 1)).build();
    assertThat(Checks.run(new IommuNotEnabled(), h, Fixtures.guideVm())).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("reason", "noIommuModule")
          .containsEntry("iommuModules", "vtddmar,iommu,amd_iommu,amdiommu,dma_mapper_iommu");
      assertThat(f.message()).contains("no IOMMU module (vtddmar, iommu");
      assertThat(f.location()).contains(SourceRef.of("modules.txt", 1));
    });
    assertThat(Checks.run(new IommuNotVerified(), h, Fixtures.guideVm())).isEmpty();
  }

  @Test
  void positive_reportedInactive() {
    Host h = Fixtures.guideHost().withIommu(Iommu.builder().kind(IommuKind.INTEL_VTD).verifiedActive(false).build());
    assertThat(Checks.run(new IommuNotEnabled(), h, Fixtures.guideVm())).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("reason", "reportedInactive"));
  }

  @Test
  void negative_moduleListWithVtddmar() {
    assertThat(Checks.run(new IommuNotEnabled(), withModules("vmkernel", "vtddmar"), Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_siteModuleListCounts() {
    KnowledgeBase kb = KnowledgeBase.standard();
    KnowledgeBase site = kb.withDevices(kb.devices().withIommuModules(List.of("vendor_iommu")));
    Host h = withModules("vmkernel", "vendor_iommu");
    assertThat(Checks.run(new IommuNotEnabled(), site, h, Fixtures.guideVm())).isEmpty();
    assertThat(Checks.run(new IommuNotEnabled(), h, Fixtures.guideVm())).hasSize(1);
  }

  @Test
  void negative_noEvidenceIsVmdp104Instead() {
    assertThat(Checks.run(new IommuNotEnabled(), Fixtures.guideHost(), Fixtures.guideVm())).isEmpty();
  }
}
