package dev.vmdp.model.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IommuTest {

  @Test
  void unknownKnowsNothing() {
    Iommu i = Iommu.unknown();
    assertThat(i.kind()).isEmpty();
    assertThat(i.present()).isEmpty();
    assertThat(i.biosEnabled()).isEmpty();
    assertThat(i.verifiedActive()).isEmpty();
  }

  @Test
  void keepsEachFactSeparately() {
    Iommu i = Iommu.builder().kind(IommuKind.INTEL_VTD).biosEnabled(false).build();
    assertThat(i.present()).hasValue(true);
    assertThat(i.biosEnabled()).hasValue(false);
    assertThat(i.verifiedActive()).isEmpty();
    assertThat(Iommu.builder().kind(IommuKind.NONE).build().present()).hasValue(false);
  }

  @Test
  void rejectsAnActiveIommuOfKindNone() {
    assertThatThrownBy(() -> Iommu.builder().kind(IommuKind.NONE).verifiedActive(true).build())
        .hasMessageContaining("NONE").hasMessageContaining("verifiedActive=true");
    assertThatThrownBy(() -> Iommu.builder().kind(IommuKind.NONE).biosEnabled(true).build())
        .hasMessageContaining("biosEnabled=true");
  }
}
