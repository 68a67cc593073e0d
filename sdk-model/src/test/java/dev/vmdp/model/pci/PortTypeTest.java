package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortTypeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Endpoint|ENDPOINT",
    "Legacy Endpoint|LEGACY_ENDPOINT",
    "Root Port (Slot+)|ROOT_PORT",
    "Root Port (Slot-)|ROOT_PORT",
    "Downstream Port (Slot+)|DOWNSTREAM_PORT",
    "Upstream Port|UPSTREAM_PORT",
    "PCI-Express to PCI/PCI-X Bridge|PCIE_TO_PCI_BRIDGE",
    "PCI/PCI-X to PCI-Express Bridge|PCI_TO_PCIE_BRIDGE",
    "Root Complex Integrated Endpoint|ROOT_COMPLEX_INTEGRATED_ENDPOINT",
    "Root Complex Event Collector|ROOT_COMPLEX_EVENT_COLLECTOR",
    "Express (v2) Endpoint, MSI 00|ENDPOINT",
    "Express (v1) Legacy Endpoint, MSI 00|LEGACY_ENDPOINT",
    "Express (v2) Root Port (Slot+), MSI 00|ROOT_PORT",
    "Express (v2) Root Complex Integrated Endpoint, MSI 00|ROOT_COMPLEX_INTEGRATED_ENDPOINT",
    "Express PCI-Express to PCI/PCI-X Bridge, MSI 00|PCIE_TO_PCI_BRIDGE",
    "express (v2) downstream port (slot+)|DOWNSTREAM_PORT",
  })
  void readsTheWordsLspciPrints(String text, PortType expected) {
    assertThat(PortType.fromLspci(text)).hasValue(expected);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "Unknown type 11", "Vendor Specific Information"})
  void leavesUnknownWordsUnknown(String text) {
    assertThat(PortType.fromLspci(text)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = PortType.class, names = "CONVENTIONAL", mode = EnumSource.Mode.EXCLUDE)
  void everyExpressTypeReadsBackFromItsOwnName(PortType type) {
    assertThat(PortType.fromLspci(type.lspciName())).hasValue(type);
    assertThat(type.isPcie()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(PortType.class)
  void onlyRootAndDownstreamPortsResetTheirLink(PortType type) {
    boolean expected = type == PortType.ROOT_PORT || type == PortType.DOWNSTREAM_PORT;
    assertThat(type.isPcieDownstreamOrRoot()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(value = PortType.class,
      names = {"ROOT_PORT", "UPSTREAM_PORT", "DOWNSTREAM_PORT", "PCIE_TO_PCI_BRIDGE", "PCI_TO_PCIE_BRIDGE"})
  void portsAndBridgesAreBridgeLike(PortType type) {
    assertThat(type.isBridgeLike()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = PortType.class, names = {"ENDPOINT", "LEGACY_ENDPOINT", "ROOT_COMPLEX_INTEGRATED_ENDPOINT",
      "ROOT_COMPLEX_EVENT_COLLECTOR", "CONVENTIONAL"})
  void endpointsAreNotBridgeLike(PortType type) {
    assertThat(type.isBridgeLike()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = PortType.class, names = "CONVENTIONAL")
  void conventionalIsNotPcie(PortType type) {
    assertThat(type.isPcie()).isFalse();
    assertThat(PortType.fromLspci(type.lspciName())).isEmpty();
  }
}
