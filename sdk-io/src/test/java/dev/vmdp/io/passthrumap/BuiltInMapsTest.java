package dev.vmdp.io.passthrumap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciId;
import org.junit.jupiter.api.Test;

class BuiltInMapsTest {

  @Test
  void esxi67MapHoldsTheShippedEntriesWithoutDiagnostics() {
    PassthruMapDocument d = BuiltInMaps.esxi67();
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.fileName()).isEqualTo("esxi-6.7-shipped.map");
    PassthruMap map = d.toModel();
    assertThat(map.entries()).hasSize(14);
    assertThat(map.lookup(PciId.of(0x10de, 0x1eb8))).hasValueSatisfying(e -> {
      assertThat(e.resetMethod()).isEqualTo(ResetMethod.BRIDGE);
      assertThat(e.fptShareable()).isEqualTo(FptShareable.FALSE);
    });
    assertThat(map.lookup(PciId.of(0x14e4, 0x1662))).hasValueSatisfying(
        e -> assertThat(e.resetMethod()).isEqualTo(ResetMethod.LINK));
    assertThat(map.lookup(PciId.of(0x8086, 0x1502))).hasValueSatisfying(
        e -> assertThat(e.resetMethod()).isEqualTo(ResetMethod.D3D0));
    assertThat(map.entriesWithSameIds()).isEmpty();
  }

  @Test
  void exampleMapParsesCleanlyAndCoversTheGuidesDevices() {
    PassthruMap map = BuiltInMaps.example().toModel();
    assertThat(BuiltInMaps.example().diagnostics()).isEmpty();
    assertThat(map.lookup(PciId.of(0x8086, 0x10c6))).hasValueSatisfying(
        e -> assertThat(e.toLine()).isEqualTo("8086 10c6 d3d0 default"));
    assertThat(map.lookup(PciId.of(0x1077, 0x2532))).hasValueSatisfying(
        e -> assertThat(e.fptShareable()).isEqualTo(FptShareable.FALSE));
  }
}
