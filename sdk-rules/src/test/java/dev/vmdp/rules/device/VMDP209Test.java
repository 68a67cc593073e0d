package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP209Test {
  @Test
  void positive_rootPortAssigned() {
    assertThat(Checks.run(new BridgeAssigned(), Fixtures.server(), Checks.vm("x", entry(0, "00:01.0", 0x8086, 0x6f02))))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).containsEntry("address", "0000:00:01.0").containsEntry("classCode", "0604")
              .containsEntry("portType", "root_port");
          assertThat(f.message()).isEqualTo("host device 0000:00:01.0 is a bridge (class 0604) and cannot be passed through");
        });
  }

  @Test
  void negative_endpoint() {
    assertThat(Checks.run(new BridgeAssigned(), Fixtures.server(), Checks.vm("x", entry(0, "04:00.0", 0x1077, 0x2532))))
        .isEmpty();
  }

  @Test
  void negative_nothingKnownAboutTheFunction() {
    assertThat(Checks.run(new BridgeAssigned(), Fixtures.guideHost().withTopology(
        PciTopology.of(PciFunction.builder().address(PciAddress.parse("00:01.0")).build())),
        Checks.vm("x", entry(0, "00:01.0", 0x8086, 0x6f02)))).isEmpty();
  }
}
