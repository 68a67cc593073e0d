package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PortType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Values keep their spelling even where YAML would read a number, and enums take several spellings. */
class InventoryScalarsTest {

  private static Host host(String yaml) {
    return Inventory.parse(yaml, "inv.yaml", Path.of("/nonexistent")).host("h");
  }

  @Test
  void numberLookingValuesAreReadAsWritten() {
    Host h = host("""
        hosts:
          h:
            version: 4.10
            devices:
              - address: 03:00.0
                id: 1000:0058
                class: 0200
                subsystem: 0x1000:0x3150
                revision: 08
        """);
    assertThat(h.version()).contains(EsxVersion.of(4, 10));
    PciFunction f = h.device("0000:03:00.0");
    assertThat(f.id()).contains(PciId.of(0x1000, 0x0058));
    assertThat(f.classCode()).contains(ClassCode.of(0x02, 0x00));
    assertThat(f.subsystem()).contains(PciId.of(0x1000, 0x3150));
    assertThat(f.revision()).hasValue(8);
  }

  @Test
  void enumsTakeTheDocumentedSpellings() {
    Host h = host("""
        hosts:
          h:
            cpu: GenuineIntel
            iommu: {kind: INTEL_VTD}
            devices:
              - {address: 00:01.0, portType: Root Port, passthrough: enabled}
              - {address: 00:02.0, portType: pcie-to-pci-bridge, passthrough: DISABLE_PENDING_REBOOT}
              - {address: 00:03.0, portType: conventional, passthrough: enabled-pending-reboot}
        """);
    assertThat(h.iommu().kind()).contains(IommuKind.INTEL_VTD);
    assertThat(h.device("00:01.0").portType()).contains(PortType.ROOT_PORT);
    assertThat(h.device("00:02.0").portType()).contains(PortType.PCIE_TO_PCI_BRIDGE);
    assertThat(h.device("00:03.0").portType()).contains(PortType.CONVENTIONAL);
    assertThat(h.passthroughStates()).containsEntry(h.device("00:01.0").address(), PassthroughState.ENABLED_PENDING_REBOOT)
        .containsEntry(h.device("00:02.0").address(), PassthroughState.DISABLE_PENDING_REBOOT);
  }

  @Test
  void absentFactsStayUnknown() {
    Host h = host("hosts:\n  h:\n    uuid:\n");
    assertThat(h.version()).isEmpty();
    assertThat(h.cpuVendor()).isEmpty();
    assertThat(h.iommu().kind()).isEmpty();
    assertThat(h.systemUuid()).isEmpty();
    assertThat(h.loadedModules()).isEmpty();
    assertThat(h.topology().isEmpty()).isTrue();
    assertThat(h.passthruMap().entries()).isEmpty();
    assertThat(host("hosts:\n  h:\n    modules: []\n").loadedModules()).contains(java.util.Set.of());
  }

  @Test
  void aHostWithoutAnyKeysIsANamedHost() {
    assertThat(host("hosts:\n  h:\n").name()).isEqualTo("h");
  }
}
