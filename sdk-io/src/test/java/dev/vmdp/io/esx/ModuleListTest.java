package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleListTest {

  private static ModuleList fixture(String name) throws IOException {
    try (InputStream in = ModuleListTest.class.getResourceAsStream(name)) {
      return ModuleList.parse(in.readAllBytes(), name);
    }
  }

  @Test
  void readsEsx40ListWithHeaderAndShimModules() throws IOException {
    ModuleList list = fixture("esxcfg-module-list-esx40-vtd.txt");
    assertThat(list.names()).hasSize(19).startsWith("vmkernel", "procfs", "vmkapi_v1_0_0_0_vmkernel_shim0")
        .contains("vtddmar", "e1000e", "ehci-hcd");
    assertThat(list.module("vtddmar")).hasValueSatisfying(
        m -> assertThat(m.source()).isEqualTo(SourceRef.of("esxcfg-module-list-esx40-vtd.txt", 9)));
    assertThat(list.notes()).isEmpty();
  }

  @Test
  void vtddmarProvesTheIommuWithItsLine() throws IOException {
    ModuleList list = fixture("esxcfg-module-list-esx40-vtd.txt");
    assertThat(IommuModules.defaults().provesIommu(list.names())).contains("vtddmar");
    assertThat(IommuModules.defaults().proofIn(list)).hasValueSatisfying(
        m -> assertThat(m.source().line()).isEqualTo(9));
  }

  @Test
  void readsCrlfOutput() throws IOException {
    ModuleList list = fixture("esxcfg-module-list-crlf-iommu.txt");
    assertThat(list.names()).containsExactly("vmkernel", "procfs", "iommu", "nmlx5_core");
    assertThat(IommuModules.defaults().provesIommu(list.names())).contains("iommu");
  }

  @Test
  void readsEsxcliListSkippingModulesThatAreNotLoaded() throws IOException {
    ModuleList list = fixture("esxcli-system-module-list.txt");
    assertThat(list.names()).containsExactly("vmkernel", "vmkapi_v2_3_0_0_vmkernel_shim", "dma_mapper_iommu",
        "nmlx5_core");
    assertThat(list.notes()).isEmpty();
    assertThat(IommuModules.defaults().provesIommu(list.names())).contains("dma_mapper_iommu");
  }

  @Test
  void keepsUnreadableLinesWithTheirPositionAndCountsADuplicateOnce() throws IOException {
    ModuleList list = fixture("module-list-no-iommu-with-noise.txt");
    assertThat(list.names()).containsExactly("vmkernel", "procfs", "e1000e");
    assertThat(list.module("e1000e")).hasValueSatisfying(m -> assertThat(m.source().line()).isEqualTo(6));
    assertThat(list.notes()).hasSize(2);
    assertThat(list.notes().get(0).location())
        .isEqualTo(SourceRef.of("module-list-no-iommu-with-noise.txt", 1, 1));
    assertThat(list.notes().get(1).toString())
        .startsWith("module-list-no-iommu-with-noise.txt:8:1: not a module line");
    assertThat(IommuModules.defaults().provesIommu(list.names())).isEmpty();
  }

  @Test
  void acceptsABareListOfNames() {
    ModuleList list = ModuleList.parse("vmkernel\n\n  amd_iommu\nnmlx5_core", "bare.txt");
    assertThat(list.names()).containsExactly("vmkernel", "amd_iommu", "nmlx5_core");
    assertThat(IommuModules.defaults().provesIommu(list.names())).contains("amd_iommu");
  }

  @Test
  void iommuListIsConfigurable() {
    Set<String> loaded = Set.of("vmkernel", "intel_iommu_v2");
    assertThat(IommuModules.defaults().provesIommu(loaded)).isEmpty();
    assertThat(IommuModules.defaults().with("intel_iommu_v2").provesIommu(loaded)).contains("intel_iommu_v2");
    assertThat(IommuModules.of(java.util.List.of("x", "x", "y")).names()).containsExactly("x", "y");
    assertThat(IommuModules.defaults().names())
        .containsExactly("vtddmar", "iommu", "amd_iommu", "amdiommu", "dma_mapper_iommu");
    assertThatThrownBy(() -> IommuModules.of(java.util.List.of("two words")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'two words'");
  }

  @Test
  void namesAnUnreadableFile() {
    Path missing = Path.of("target", "no-such-modules.txt");
    assertThatThrownBy(() -> ModuleList.read(missing))
        .isInstanceOf(VmdpException.class)
        .hasMessage(missing + ":1:1: cannot read file: no such file");
  }

  @Test
  void readsAnEmptyInputAsNoModules() {
    ModuleList list = ModuleList.parse("", "empty.txt");
    assertThat(list.modules()).isEmpty();
    assertThat(list.notes()).isEmpty();
  }
}
