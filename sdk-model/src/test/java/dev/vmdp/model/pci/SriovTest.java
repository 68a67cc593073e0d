package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SriovTest {
  private static final PciAddress PF = PciAddress.parse("0000:03:00.0");

  @Test
  void describesAPhysicalFunctionWithItsCounts() {
    Sriov pf = Sriov.physicalFunction().withTotalVfs(64).withNumVfs(8);
    assertThat(pf.isPhysicalFunction()).isTrue();
    assertThat(pf.isVirtualFunction()).isFalse();
    assertThat(pf.totalVfs()).hasValue(64);
    assertThat(pf.numVfs()).hasValue(8);
  }

  @Test
  void describesAVirtualFunctionWithOrWithoutItsPf() {
    assertThat(Sriov.virtualFunctionOf(PF).physicalFunctionAddress()).hasValue(PF);
    assertThat(Sriov.virtualFunction().physicalFunctionAddress()).isEmpty();
    assertThat(Sriov.virtualFunction().isVirtualFunction()).isTrue();
  }

  @Test
  void rejectsVfCountsOnAVirtualFunction() {
    assertThatThrownBy(() -> Sriov.builder().role(Sriov.Role.VF).totalVfs(4).build())
        .hasMessageContaining("VF").hasMessageContaining("totalVfs");
  }

  @Test
  void rejectsAPfAddressOnAPhysicalFunctionNamingIt() {
    assertThatThrownBy(() -> Sriov.builder().role(Sriov.Role.PF).physicalFunctionAddress(PF).build())
        .hasMessageContaining("0000:03:00.0");
  }

  @Test
  void rejectsMoreEnabledVfsThanSupportedNamingBoth() {
    assertThatThrownBy(() -> Sriov.physicalFunction().withTotalVfs(8).withNumVfs(9))
        .hasMessageContaining("numVfs").hasMessageContaining("(8)").hasMessageContaining("was 9");
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> Sriov.physicalFunction().withTotalVfs(-1)).hasMessageContaining("was -1");
    assertThatThrownBy(() -> Sriov.physicalFunction().withNumVfs(-2)).hasMessageContaining("was -2");
  }
}
