package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.CpuVendor;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Iommu;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VMDP101Test {
  private static final Host NO_IOMMU = Fixtures.guideHost().withIommu(Iommu.builder().kind(IommuKind.NONE).build());

  @Test
  void positive_hostWithoutIommuAndPassthroughEntries() {
    List<Finding> found = Checks.run(new NoIommu(), NO_IOMMU, Fixtures.guideVm());
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("host esx-guide");
      assertThat(f.facts()).containsEntry("iommu", "none").containsEntry("cpuVendor", CpuVendor.INTEL.name().toLowerCase());
    });
  }

  @Test
  void positive_moduleListDoesNotOverrideKnownAbsence() {
    Host h = Host.builder().from(NO_IOMMU).loadedModules(Set.of("vmkernel", "vtddmar")).build();
    assertThat(Checks.run(new NoIommu(), h, Fixtures.guideVm())).hasSize(1);
    assertThat(Checks.run(new IommuNotEnabled(), h, Fixtures.guideVm())).isEmpty();
    assertThat(Checks.run(new IommuNotVerified(), h, Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_vtdHostOrUnknownKind() {
    assertThat(Checks.run(new NoIommu(), Fixtures.guideHost(), Fixtures.guideVm())).isEmpty();
    assertThat(Checks.run(new NoIommu(), Fixtures.guideHost().withIommu(Iommu.unknown()), Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_noPresentPassthroughEntry() {
    PassthroughDevice off = PassthroughDevice.builder().from(Fixtures.guideVm().passthrough(0).get()).present(false).build();
    Host noneEnabled = Host.builder().from(NO_IOMMU).passthroughStates(java.util.Map.of()).build();
    assertThat(Checks.run(new NoIommu(), noneEnabled, Checks.vm("idle", off))).isEmpty();
    assertThat(Checks.run(new NoIommu(), NO_IOMMU, Checks.vm("idle", off))).as("host has passthrough enabled").hasSize(1);
  }
}
