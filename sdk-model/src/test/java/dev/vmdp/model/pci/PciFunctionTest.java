package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PciFunctionTest {

  private static PciFunction.Builder nic() {
    return PciFunction.builder().address(PciAddress.parse("0000:03:00.0")).id(PciId.of(0x8086, 0x10c6));
  }

  @Test
  void capabilitiesStayUnknownWhenNotShown() {
    PciFunction f = nic().build();
    assertThat(f.portType()).isEmpty();
    assertThat(f.conventional()).isEmpty();
    assertThat(f.flr()).isEmpty();
    assertThat(f.functionLevelReset()).isEmpty();
    assertThat(f.totalBarBytes()).isEmpty();
    assertThat(f.isBridge()).isFalse();
    assertThat(f.bars()).isEmpty();
  }

  @Test
  void aFunctionWithoutExpressCapabilityIsConventional() {
    assertThat(nic().portType(PortType.CONVENTIONAL).build().conventional()).hasValue(true);
    assertThat(nic().portType(PortType.ENDPOINT).build().conventional()).hasValue(false);
    assertThat(nic().portType(PortType.LEGACY_ENDPOINT).build().conventional()).hasValue(false);
  }

  @Test
  void functionLevelResetComesFromFlrAfFlrOrBeingAVf() {
    assertThat(nic().flr(true).build().functionLevelReset()).hasValue(true);
    assertThat(nic().portType(PortType.CONVENTIONAL).afFlr(true).build().functionLevelReset()).hasValue(true);
    assertThat(nic().sriov(Sriov.virtualFunction()).build().functionLevelReset()).hasValue(true);
  }

  @Test
  void noFunctionLevelResetWhenCapabilitiesShowNone() {
    assertThat(nic().portType(PortType.ENDPOINT).flr(false).build().functionLevelReset()).hasValue(false);
    assertThat(nic().portType(PortType.CONVENTIONAL).build().functionLevelReset()).hasValue(false);
    assertThat(nic().flr(false).afFlr(false).build().functionLevelReset()).hasValue(false);
    assertThat(nic().sriov(Sriov.physicalFunction()).portType(PortType.ENDPOINT).build().functionLevelReset())
        .hasValue(false);
  }

  @Test
  void functionLevelResetStaysUnknownOnPartialEvidence() {
    assertThat(nic().flr(false).build().functionLevelReset()).isEmpty();
  }

  @Test
  void recognisesBridgesByRangeClassOrPortType() {
    assertThat(nic().bridge(BusRange.of(0, 1, 1)).build().isBridge()).isTrue();
    assertThat(nic().classCode(ClassCode.parse("0604")).build().isBridge()).isTrue();
    assertThat(nic().classCode(ClassCode.parse("060401")).build().isBridge()).isTrue();
    assertThat(nic().portType(PortType.DOWNSTREAM_PORT).build().isBridge()).isTrue();
    assertThat(nic().classCode(ClassCode.parse("0600")).build().isBridge()).isFalse();
    assertThat(nic().classCode(ClassCode.parse("0200")).portType(PortType.ENDPOINT).build().isBridge()).isFalse();
    // The DMI port of a Xeon socket: a host bridge whose Express capability says Root Port.
    assertThat(nic().classCode(ClassCode.parse("0600")).portType(PortType.ROOT_PORT).build().isBridge()).isFalse();
    assertThat(nic().portType(PortType.ROOT_PORT).build().isBridge()).isTrue();
  }

  @Test
  void totalBarBytesCountsMemoryBarsButNotRomOrIo() {
    PciFunction gpu = TestTopology.topology().function(PciAddress.parse("01:00.0")).orElseThrow();
    assertThat(gpu.totalBarBytes()).hasValue((16L << 20) + (16L << 30) + (32L << 20));
    PciFunction ioOnly = nic().addBar(Bar.builder().index(0).size(32).kind(BarKind.IO).build()).build();
    assertThat(ioOnly.totalBarBytes()).hasValue(0);
  }

  @Test
  void printsAddressIdAndVmkernelName() {
    assertThat(nic().vmkernelName("vmnic0").build()).hasToString("0000:03:00.0 8086:10c6 [vmnic0]");
    assertThat(nic().build()).hasToString("0000:03:00.0 8086:10c6");
  }

  @Test
  void copiesWithFrom() {
    PciFunction f = nic().flr(true).name("Intel 82598EB").build();
    PciFunction g = PciFunction.builder().from(f).flr(false).build();
    assertThat(g.name()).hasValue("Intel 82598EB");
    assertThat(g.flr()).hasValue(false);
    assertThat(f.flr()).hasValue(true);
  }

  @Test
  void rejectsRevisionOutOfRangeNamingItAndTheAddress() {
    assertThatThrownBy(() -> nic().revision(256).build())
        .hasMessageContaining("revision").hasMessageContaining("was 256").hasMessageContaining("0000:03:00.0");
  }

  @Test
  void rejectsTwoBarsWithOneIndexNamingIt() {
    Bar b = Bar.builder().index(2).size(4096).kind(BarKind.MEMORY).build();
    assertThatThrownBy(() -> nic().addBar(b).addBar(b).build())
        .hasMessageContaining("BAR 2 is listed twice").hasMessageContaining("0000:03:00.0");
  }

  @Test
  void rejectsAVfThatIsItsOwnPfNamingTheAddress() {
    assertThatThrownBy(() -> nic().sriov(Sriov.virtualFunctionOf(PciAddress.parse("03:00.0"))).build())
        .hasMessageContaining("own physical function").hasMessageContaining("0000:03:00.0");
  }

  @Test
  void rejectsBlankNamesNamingTheAttribute() {
    assertThatThrownBy(() -> nic().vmkernelName(" ").build()).hasMessageContaining("vmkernelName").hasMessageContaining("' '");
    assertThatThrownBy(() -> nic().driver("").build()).hasMessageContaining("driver");
    assertThatThrownBy(() -> nic().name("").build()).hasMessageContaining("name");
  }

  @Test
  void requiresAddressButNotId() {
    assertThatThrownBy(() -> PciFunction.builder().build()).hasMessageContaining("address");
    PciFunction namesOnly = PciFunction.builder().address(PciAddress.parse("03:00.0")).build();
    assertThat(namesOnly.id()).isEmpty();
    assertThat(namesOnly).hasToString("0000:03:00.0");
  }
}
