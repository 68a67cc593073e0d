package dev.vmdp.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceKnowledgeTest {
  private final DeviceKnowledge d = DeviceKnowledge.standard();

  @Test
  void guideSupportedListCoversEsx4Only() {
    assertThat(d.supportedFor(EsxVersion.ESX_4_0)).hasValueSatisfying(s -> assertThat(s).containsExactly(
        PciId.of(0x1000, 0x0058), PciId.of(0x1077, 0x2532), PciId.of(0x14e4, 0x164e), PciId.of(0x14e4, 0x164f),
        PciId.of(0x14e4, 0x1650), PciId.of(0x8086, 0x10b6), PciId.of(0x8086, 0x10c6), PciId.of(0x8086, 0x10c7),
        PciId.of(0x8086, 0x10c8), PciId.of(0x8086, 0x10dd)));
    assertThat(d.knownSupported(PciId.of(0x8086, 0x10c6), EsxVersion.of(4, 1, 1))).contains(true);
    // The guide names QLogic 2500 and LSI 1068E as known to work: on the ESX 4.x list (DOMAIN.md 3).
    assertThat(d.knownSupported(PciId.of(0x1077, 0x2532), EsxVersion.ESX_4_0)).contains(true);
    assertThat(d.knownSupported(PciId.of(0x1077, 0x2031), EsxVersion.ESX_4_0)).contains(false);
    assertThat(d.supportedFor(EsxVersion.ESX_5_0)).isEmpty();
    assertThat(d.knownSupported(PciId.of(0x1077, 0x2532), EsxVersion.ESX_6_7)).isEmpty();
  }

  @Test
  void withSupportedAndWithoutListAreCopies() {
    DeviceKnowledge site = d.withSupported(EsxVersion.ESX_4_0, List.of(PciId.of(0x1077, 0x2031)))
        .withoutSupportedList(EsxVersion.ESX_4_1);
    assertThat(site.knownSupported(PciId.of(0x1077, 0x2031), EsxVersion.ESX_4_0)).contains(true);
    assertThat(site.supportedFor(EsxVersion.ESX_4_1)).isEmpty();
    assertThat(d.knownSupported(PciId.of(0x1077, 0x2031), EsxVersion.ESX_4_0)).contains(false);
  }

  @Test
  void aSitesDevicesJoinEveryListAndCreateNone() {
    PciId site = PciId.of(0x10de, 0x20b5);
    DeviceKnowledge k = d.withSupportedOnEveryList(List.of(site));
    assertThat(k.knownSupported(site, EsxVersion.ESX_4_0)).contains(true);
    assertThat(k.knownSupported(site, EsxVersion.ESX_4_1)).contains(true);
    assertThat(k.knownSupported(PciId.of(0x8086, 0x10c6), EsxVersion.ESX_4_0)).contains(true);
    assertThat(k.supportedFor(EsxVersion.ESX_6_7)).isEmpty();
    assertThat(d.knownSupported(site, EsxVersion.ESX_4_0)).contains(false);
  }

  @Test
  void msiAndIoapicLists() {
    assertThat(d.knownToWorkWithMsiOnWindows2003(PciId.of(0x1077, 0x2532))).isTrue();
    assertThat(d.knownToWorkWithMsiOnWindows2003(PciId.of(0x1000, 0x0058))).isTrue();
    assertThat(d.knownToWorkWithMsiOnWindows2003(PciId.of(0x8086, 0x10dd))).isTrue();
    assertThat(d.knownToWorkWithMsiOnWindows2003(PciId.of(0x14e4, 0x164f))).isFalse();
    assertThat(d.needsIoapicOnOldWindows(PciId.of(0x14e4, 0x164e))).isTrue();
    assertThat(d.needsIoapicOnOldWindows(PciId.of(0x14e4, 0x1650))).isTrue();
    assertThat(d.needsIoapicOnOldWindows(PciId.of(0x14e4, 0x1662))).as("57712 is not named").isFalse();
    assertThat(d.withIoapicOnOldWindows(List.of(PciId.of(0x14e4, 0x1662))).needsIoapicOnOldWindows(PciId.of(0x14e4, 0x1662)))
        .isTrue();
  }

  @Test
  void iommuModulesAreConfigurable() {
    assertThat(d.iommuModules()).containsExactly("vtddmar", "iommu", "amd_iommu", "amdiommu", "dma_mapper_iommu");
    assertThat(d.amdIommuModules()).containsExactly("amd_iommu", "amdiommu");
    DeviceKnowledge site = d.withIommuModules(List.of("vtddmar", "amd_iommu"));
    assertThat(site.amdIommuModules()).containsExactly("amd_iommu");
    assertThat(site.withAmdIommuModules(List.of("amdvi")).iommuModules()).containsExactly("vtddmar", "amd_iommu", "amdvi");
    assertThatThrownBy(() -> d.withIommuModules(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resetQuirksFromTheLinuxLists() {
    assertThat(d.quirksOf(PciId.of(0x10de, 0x2345))).containsExactly("NVIDIA 10de:2340-237f does not survive a bus reset");
    assertThat(d.hasQuirk(PciId.of(0x168c, 0x0033), ResetQuirk.NO_BUS_RESET)).isTrue();
    assertThat(d.hasQuirk(PciId.of(0x168c, 0x0031), ResetQuirk.NO_BUS_RESET)).isFalse();
    assertThat(d.hasQuirk(PciId.of(0x8086, 0x1503), ResetQuirk.NO_PROPER_FLR)).isTrue();
    assertThat(d.hasQuirk(PciId.of(0x15b3, 0xcf70), ResetQuirk.NO_D3D0_RESET)).isTrue();
    assertThat(d.quirksOf(PciId.of(0x8086, 0x10c6))).isEmpty();
    DeviceKnowledge site = d.withQuirk(DeviceQuirk.of(0x8086, 0x10c6, 0x10c6, ResetQuirk.NO_D3D0_RESET, "Intel 8086:10c6"));
    assertThat(site.quirksOf(PciId.of(0x8086, 0x10c6))).containsExactly("Intel 8086:10c6 does not reset via D3 -> D0");
    assertThatThrownBy(() -> DeviceQuirk.of(0x8086, 2, 1, ResetQuirk.NO_PROPER_FLR, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAmdResetQuirkConcernsDisplayFunctionsOffTheRootBusOnly() {
    PciId radeon = PciId.of(0x1002, 0x67df);
    dev.vmdp.model.pci.ClassCode vga = dev.vmdp.model.pci.ClassCode.of(0x03, 0x00);
    dev.vmdp.model.pci.ClassCode audio = dev.vmdp.model.pci.ClassCode.of(0x04, 0x03);
    assertThat(d.resetQuirksOf(radeon, java.util.Optional.of(vga), java.util.Optional.of(false)))
        .extracting(DeviceQuirk::quirk).containsExactly(ResetQuirk.NO_D3D0_RESET);
    assertThat(d.resetQuirksOf(radeon, java.util.Optional.of(vga), java.util.Optional.of(true))).isEmpty();
    assertThat(d.resetQuirksOf(PciId.of(0x1002, 0xaaf0), java.util.Optional.of(audio), java.util.Optional.of(false)))
        .isEmpty();
    assertThat(d.resetQuirksOf(radeon, java.util.Optional.empty(), java.util.Optional.empty())).isEmpty();
    assertThat(d.resetQuirksOf(PciId.of(0x15b3, 0xcf70), java.util.Optional.empty(), java.util.Optional.empty()))
        .extracting(DeviceQuirk::quirk).containsExactly(ResetQuirk.NO_D3D0_RESET);
  }
}
