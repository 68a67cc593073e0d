package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP105Test {
  private static final PciAddress NIC = PciAddress.parse("0000:03:00.0");

  @Test
  void positive_esxcliConfiguredPassthruCurrentVmkernel() {
    Host h = Host.builder().from(Fixtures.server()).passthroughStates(java.util.Map.of())
        .putDeviceReport(NIC, HostDeviceReport.builder().address(NIC).configuredOwner(Owner.PASSTHRU)
            .currentOwner(Owner.VMKERNEL).build()).build();
    assertThat(Checks.run(new PassthroughRebootPending(), h)).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("host esx01 device 0000:03:00.0");
      assertThat(f.facts()).containsEntry("address", "0000:03:00.0").containsEntry("state", "enabledPendingReboot")
          .containsEntry("configured", "true").containsEntry("active", "false")
          .containsEntry("configuredOwner", "passthru").containsEntry("currentOwner", "vmkernel");
      assertThat(f.message()).contains("Configured Owner VM Passthru, Current Owner VMkernel");
    });
  }

  @Test
  void positive_disablePendingReboot() {
    Host h = Host.builder().from(Fixtures.guideHost())
        .putPassthroughState(PciAddress.parse("02:00.0"), PassthroughState.DISABLE_PENDING_REBOOT).build();
    assertThat(Checks.run(new PassthroughRebootPending(), h, Fixtures.guideVm())).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("address", "0000:02:00.0")
            .containsEntry("state", "disablePendingReboot").doesNotContainKey("configuredOwner"));
  }

  @Test
  void negative_activeOrOnlyEsxConfOwner() {
    assertThat(Checks.run(new PassthroughRebootPending(), Fixtures.server())).isEmpty();
    Host confOnly = Host.builder().name("esx02").putOwner(NIC, Owner.PASSTHRU).build();
    assertThat(Checks.run(new PassthroughRebootPending(), confOnly)).isEmpty();
  }
}
