package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VMDP204Test {
  private static final PciAddress DEV1 = PciAddress.parse("03:00.0");

  @Test
  void positive_esxConfOwnerVmkernel() {
    Host h = Host.builder().from(Fixtures.guideHost()).passthroughStates(Map.of()).putOwner(DEV1, Owner.VMKERNEL).build();
    assertThat(Checks.run(new DeviceNotEnabled(), h, Fixtures.guideVm())).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("address", "0000:03:00.0").containsEntry("configuredOwner", "vmkernel");
      assertThat(f.message()).isEqualTo("host device 0000:03:00.0 is not enabled for passthrough (owner \"vmkernel\")");
    });
  }

  @Test
  void positive_esxcliConfiguredOwnerVmkernel() {
    Host h = Host.builder().from(Fixtures.guideHost()).putDeviceReport(DEV1, HostDeviceReport.builder().address(DEV1)
        .configuredOwner(Owner.VMKERNEL).currentOwner(Owner.VMKERNEL).build()).build();
    assertThat(Checks.run(new DeviceNotEnabled(), h, Fixtures.guideVm())).hasSize(1);
  }

  @Test
  void negative_enabledPendingRebootIsVmdp105() {
    Host h = Host.builder().from(Fixtures.guideHost()).putPassthroughState(DEV1, PassthroughState.ENABLED_PENDING_REBOOT)
        .build();
    assertThat(Checks.run(new DeviceNotEnabled(), h, Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_stateUnknown() {
    Host h = Host.builder().from(Fixtures.guideHost()).passthroughStates(Map.of()).build();
    assertThat(Checks.run(new DeviceNotEnabled(), h, Fixtures.guideVm())).isEmpty();
  }
}
