package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP201Test {
  @Test
  void positive_addressTheHostDoesNotHave() {
    VirtualMachine vm = VirtualMachine.builder().from(Checks.vm("RHEL3", entry(0, "05:00.0", 0x12ab, 0x3456)))
        .putSource("pcipassthru0.id", SourceRef.of("rhel3.vmx", 42)).build();
    assertThat(Checks.run(new UnknownHostAddress(), Fixtures.guideHost(), vm)).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("vm RHEL3 pciPassthru0");
      assertThat(f.facts()).containsEntry("vm", "RHEL3").containsEntry("entry", "pciPassthru0")
          .containsEntry("id", "05:00.0").containsEntry("address", "0000:05:00.0");
      assertThat(f.location()).contains(SourceRef.of("rhel3.vmx", 42));
    });
  }

  @Test
  void positive_longFormDecimalIdIsDecoded() {
    // 00000:101:00.0 is host 0000:65:00.0, which the server does not have
    assertThat(Checks.run(new UnknownHostAddress(), Fixtures.server(), Checks.vm("gpu", entry(0, "00000:101:00.0", 0x10de, 0x1eb8))))
        .singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("address", "0000:65:00.0"));
    assertThat(Checks.run(new UnknownHostAddress(), Fixtures.server(), Checks.vm("gpu", entry(0, "00000:001:00.0", 0x10de, 0x1eb8))))
        .isEmpty();
  }

  @Test
  void negative_guideVmOnGuideHost() {
    assertThat(Checks.run(new UnknownHostAddress(), Fixtures.guideHost(), Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_inventoryUnknownOrIdMalformed() {
    Host noInventory = Fixtures.guideHost().withTopology(PciTopology.empty());
    assertThat(Checks.run(new UnknownHostAddress(), noInventory, Checks.vm("x", entry(0, "05:00.0", 1, 2)))).isEmpty();
    assertThat(Checks.run(new UnknownHostAddress(), Fixtures.guideHost(), Checks.vm("x", entry(0, "0a:00.0", 1, 2)))).isEmpty();
  }
}
