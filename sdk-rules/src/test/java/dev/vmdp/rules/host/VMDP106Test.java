package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP106Test {
  /** esx.conf's {@code /device/000:11.0/owner} is bus 0, slot 0x0b, function 0. */
  private static final PciAddress PULLED = PciAddress.parseEsxConf("000:11.0");

  @Test
  void positive_esxConfOwnerPassthruMissingFromInventory() {
    Host h = Host.builder().from(Fixtures.server()).putOwner(PULLED, Owner.PASSTHRU)
        .putOwner(PciAddress.parse("03:00.0"), Owner.PASSTHRU)
        .putSource("/device/000:11.0/owner", SourceRef.of("esx.conf", 1)).build();
    assertThat(Checks.run(new DeviceRemovedWhileEnabled(), h)).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("host esx01 device 0000:00:0b.0");
      assertThat(f.facts()).containsEntry("address", "0000:00:0b.0").containsEntry("reason", "configuredForPassthrough")
          .containsEntry("evidence", "esxConfOwner");
      assertThat(f.location()).contains(SourceRef.of("esx.conf", 1));
    });
  }

  @Test
  void positive_stillActiveBeforeTheDisablingReboot() {
    Host h = Host.builder().from(Fixtures.server())
        .putPassthroughState(PciAddress.parse("0000:0a:00.0"), PassthroughState.DISABLE_PENDING_REBOOT).build();
    assertThat(Checks.run(new DeviceRemovedWhileEnabled(), h)).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("reason", "activeBeforeReboot"));
  }

  @Test
  void negative_inventoryUnknown() {
    Host h = Host.builder().from(Fixtures.server()).topology(PciTopology.empty()).putOwner(PULLED, Owner.PASSTHRU).build();
    assertThat(Checks.run(new DeviceRemovedWhileEnabled(), h)).isEmpty();
  }

  @Test
  void negative_vmkernelOwnerOrDisabledDeviceMissing() {
    Host h = Host.builder().from(Fixtures.server()).putOwner(PULLED, Owner.VMKERNEL)
        .putPassthroughState(PciAddress.parse("0000:0a:00.0"), PassthroughState.DISABLED).build();
    assertThat(Checks.run(new DeviceRemovedWhileEnabled(), h)).isEmpty();
  }
}
