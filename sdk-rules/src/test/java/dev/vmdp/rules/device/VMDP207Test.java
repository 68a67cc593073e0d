package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VMDP207Test {
  @Test
  void positive_twoVmsSameNic() {
    List<Finding> found = Checks.run(new DeviceSharedByVms(), Fixtures.server(),
        Checks.vm("db", entry(0, "03:00.0", 0x8086, 0x10c6)),
        VirtualMachine.builder().from(Checks.vm("web", entry(0, "04:00.0", 0x1077, 0x2532), entry(1, "03:00.0", 0x8086, 0x10c6)))
            .putSource("pcipassthru1.id", SourceRef.of("web.vmx", 41)).build());
    assertThat(found).hasSize(2);
    assertThat(found.get(0).subject()).isEqualTo("vm db pciPassthru0");
    assertThat(found.get(0).facts()).containsEntry("address", "0000:03:00.0").containsEntry("otherVms", "web");
    assertThat(found.get(0).message()).isEqualTo("host device 0000:03:00.0 is also assigned to VM web (web.vmx:41)");
    assertThat(found.get(1).location()).contains(SourceRef.of("web.vmx", 41));
    assertThat(found.get(1).subject()).isEqualTo("vm web pciPassthru1");
    assertThat(found.get(1).facts()).containsEntry("otherVms", "db");
  }

  @Test
  void positive_hostUuidUnknownSameSystemIds() {
    Host h = Host.builder().from(Fixtures.server()).systemUuid(Optional.empty()).build();
    assertThat(Checks.run(new DeviceSharedByVms(), h, Checks.vm("a", entry(0, "03:00.0", 0x8086, 0x10c6)),
        Checks.vm("b", entry(0, "03:00.0", 0x8086, 0x10c6)), Checks.vm("c", entry(0, "03:00.0", 0x8086, 0x10c6))))
        .hasSize(3).first().satisfies(f -> assertThat(f.facts()).containsEntry("otherVms", "b,c"));
  }

  @Test
  void negative_otherVmNotPresentOrForeignSystemId() {
    PassthroughDevice off = PassthroughDevice.builder().from(entry(0, "03:00.0", 0x8086, 0x10c6)).present(false).build();
    assertThat(Checks.run(new DeviceSharedByVms(), Fixtures.server(), Checks.vm("db", entry(0, "03:00.0", 0x8086, 0x10c6)),
        Checks.vm("web", off))).isEmpty();
    PassthroughDevice foreign = PassthroughDevice.builder().from(entry(0, "03:00.0", 0x8086, 0x10c6))
        .systemId("4a3f2b10-1c2d-9e8f-7a6b-001b21a0c4d2").build();
    assertThat(Checks.run(new DeviceSharedByVms(), Fixtures.server(), Checks.vm("db", entry(0, "03:00.0", 0x8086, 0x10c6)),
        Checks.vm("web", foreign))).isEmpty();
  }

  @Test
  void negative_singleVm() {
    assertThat(Checks.run(new DeviceSharedByVms(), Fixtures.guideHost(), Fixtures.guideVm())).isEmpty();
  }
}
