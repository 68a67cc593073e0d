package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP202Test {
  @Test
  void positive_vmExpectsBroadcomHostHasIntel() {
    assertThat(Checks.run(new DeviceIdMismatch(), Fixtures.server(), Checks.vm("RHEL3", entry(0, "03:00.0", 0x14e4, 0x164f))))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).containsEntry("address", "0000:03:00.0").containsEntry("expectedId", "14e4:164f")
              .containsEntry("hostId", "8086:10c6");
          assertThat(f.message()).isEqualTo("pciPassthru0 expects 14e4:164f but host device 0000:03:00.0 is 8086:10c6");
        });
  }

  @Test
  void negative_idsMatch() {
    assertThat(Checks.run(new DeviceIdMismatch(), Fixtures.guideHost(), Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_hostIdsNotShownOrVmDeviceIdAbsent() {
    Host namesOnly = Fixtures.guideHost().withTopology(PciTopology.of(
        PciFunction.builder().address(PciAddress.parse("03:00.0")).build()));
    // Names only: not an error, an INFO that the ids were not verified (VMDP202NotVerifiedTest).
    assertThat(new DeviceIdMismatch().check(dev.vmdp.rules.CheckContext.of(namesOnly,
        java.util.List.of(Checks.vm("x", entry(0, "03:00.0", 0x14e4, 0x164f))), java.util.List.of(),
        dev.vmdp.rules.knowledge.KnowledgeBase.standard())))
        .singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("verified", "false"));
    PassthroughDevice vendorOnly = PassthroughDevice.builder().index(0).present(true).id("03:00.0").vendorId(0x14e4).build();
    assertThat(Checks.run(new DeviceIdMismatch(), Fixtures.guideHost(), Checks.vm("x", vendorOnly))).isEmpty();
  }
}
