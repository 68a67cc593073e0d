package dev.vmdp.model.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.pci.PciAddress;
import org.junit.jupiter.api.Test;

class HostDeviceReportTest {
  private static final PciAddress GPU = PciAddress.parseEsxcli("PCI 0:1:0:0");

  @Test
  void derivesThePassthroughStateFromBothOwners() {
    HostDeviceReport r = HostDeviceReport.builder().address(GPU).passthruCapable(true)
        .parent(PciAddress.parseEsxcli("PCI 0:0:1:0")).dependentDevice(PciAddress.parseEsxcli("PCI 0:1:0:1"))
        .resetMethod(ResetMethod.BRIDGE).fptShareable(false)
        .configuredOwner(Owner.PASSTHRU).currentOwner(Owner.PASSTHRU).vmkernelName("vmgfx0").build();
    assertThat(r.passthroughState()).hasValue(PassthroughState.ACTIVE);
    assertThat(r.parent()).hasValue(PciAddress.parse("00:01.0"));
    assertThat(r.dependentDevice()).hasValue(PciAddress.parse("01:00.1"));
  }

  @Test
  void stateStaysUnknownWithOneOwnerMissing() {
    assertThat(HostDeviceReport.builder().address(GPU).configuredOwner(Owner.PASSTHRU).build().passthroughState()).isEmpty();
    assertThat(HostDeviceReport.builder().address(GPU).currentOwner(Owner.VMKERNEL).build().passthroughState()).isEmpty();
  }

  @Test
  void rejectsAFunctionThatIsItsOwnParentNamingIt() {
    assertThatThrownBy(() -> HostDeviceReport.builder().address(GPU).parent(GPU).build())
        .hasMessageContaining("parent").hasMessageContaining("0000:01:00.0");
  }

  @Test
  void rejectsABlankVmkernelName() {
    assertThatThrownBy(() -> HostDeviceReport.builder().address(GPU).vmkernelName("").build())
        .hasMessageContaining("vmkernelName").hasMessageContaining("0000:01:00.0");
  }
}
