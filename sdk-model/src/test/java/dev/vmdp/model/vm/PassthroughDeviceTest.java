package dev.vmdp.model.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciId;
import org.junit.jupiter.api.Test;

class PassthroughDeviceTest {

  private static PassthroughDevice.Builder guideDevice() {
    return PassthroughDevice.builder().index(0).present(true).id("03:00.0").vendorId(0x12ab).deviceId(0x3456)
        .systemId("48c4619b-6d58-18db-2a0e-000423d1e6f6").pciSlotNumber(160);
  }

  @Test
  void readsTheGuideSampleEntry() {
    PassthroughDevice d = guideDevice().build();
    assertThat(d.isPresent()).isTrue();
    assertThat(d.address()).hasValue(PciAddress.parse("0000:03:00.0"));
    assertThat(d.pciId()).hasValue(PciId.of(0x12ab, 0x3456));
    assertThat(d.slot()).hasValue(PciSlotNumber.of(160));
    assertThat(d.keyPrefix()).isEqualTo("pciPassthru0");
  }

  @Test
  void absentVirtualDevAndMsiTakeVmwareDefaults() {
    PassthroughDevice d = guideDevice().build();
    assertThat(d.virtualDev()).isEmpty();
    assertThat(d.effectiveVirtualDev()).isEqualTo("pcie");
    assertThat(d.msiEnabled()).isEmpty();
    assertThat(d.effectiveMsiEnabled()).isTrue();
    PassthroughDevice pci = guideDevice().virtualDev("pci").msiEnabled(false).build();
    assertThat(pci.effectiveVirtualDev()).isEqualTo("pci");
    assertThat(pci.effectiveMsiEnabled()).isFalse();
  }

  @Test
  void readsTheLaterDecimalLongForm() {
    assertThat(guideDevice().id("00000:101:00.0").build().address()).hasValue(PciAddress.parse("0000:65:00.0"));
  }

  @Test
  void keepsAMalformedIdAsWrittenWithoutAnAddress() {
    PassthroughDevice d = guideDevice().id("0000:0a:00.0").build();
    assertThat(d.id()).hasValue("0000:0a:00.0");
    assertThat(d.address()).isEmpty();
    assertThat(guideDevice().id("").build().address()).isEmpty();
  }

  @Test
  void readsAnLspciLookingIdAsDecimalAsEsxiDoes() {
    // Every field of pciPassthruN.id is decimal: "0000:65:00.0" names bus 65 (0x41), not 0x65.
    assertThat(guideDevice().id("0000:65:00.0").build().address()).hasValue(PciAddress.of(0, 65, 0, 0));
  }

  @Test
  void anEmptyIdIsDifferentFromAnAbsentOne() {
    PassthroughDevice empty = guideDevice().id("").build();
    PassthroughDevice absent = PassthroughDevice.builder().from(guideDevice().build()).id(java.util.Optional.empty()).build();
    assertThat(empty.id()).hasValue("");
    assertThat(absent.id()).isEmpty();
    assertThat(empty).isNotEqualTo(absent);
  }

  @Test
  void onlyPresentTrueIsPresent() {
    assertThat(guideDevice().present(false).build().isPresent()).isFalse();
    assertThat(PassthroughDevice.builder().index(1).build().isPresent()).isFalse();
  }

  @Test
  void idsNeedBothHalves() {
    assertThat(PassthroughDevice.builder().index(0).vendorId(0x10de).build().pciId()).isEmpty();
  }

  @Test
  void unassignedSlotHasNoDecodedSlot() {
    PassthroughDevice d = guideDevice().pciSlotNumber(-1).build();
    assertThat(d.pciSlotNumber()).hasValue(-1);
    assertThat(d.slot()).isEmpty();
    assertThat(PassthroughDevice.builder().index(0).build().slot()).isEmpty();
  }

  @Test
  void keepsDynamicDirectPathAllowedDevices() {
    PassthroughDevice d = PassthroughDevice.builder().index(0).present(true)
        .addAllowedDevice(PciId.parse("0x10de:0x20f1")).build();
    assertThat(d.allowedDevices()).containsExactly(PciId.of(0x10de, 0x20f1));
    assertThat(d.id()).isEmpty();
  }

  @Test
  void rejectsANegativeIndexNamingIt() {
    assertThatThrownBy(() -> PassthroughDevice.builder().index(-1).build())
        .hasMessageContaining("index").hasMessageContaining("was -1");
  }

  @Test
  void rejectsOutOfRangeIdsNamingKeyAndValue() {
    assertThatThrownBy(() -> guideDevice().index(2).vendorId(0x10000).build())
        .hasMessageContaining("pciPassthru2.vendorId").hasMessageContaining("65536");
    assertThatThrownBy(() -> guideDevice().deviceId(-5).build())
        .hasMessageContaining("pciPassthru0.deviceId").hasMessageContaining("-5");
  }

  @Test
  void rejectsOutOfRangeSlotNamingKeyAndValue() {
    assertThatThrownBy(() -> guideDevice().pciSlotNumber(-2).build())
        .hasMessageContaining("pciPassthru0.pciSlotNumber").hasMessageContaining("was -2");
    assertThatThrownBy(() -> guideDevice().pciSlotNumber(9000).build()).hasMessageContaining("was 9000");
  }
}
