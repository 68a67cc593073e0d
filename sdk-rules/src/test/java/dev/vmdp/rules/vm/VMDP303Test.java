package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP303Test {
  private final IncompleteBridgeBlock rule = new IncompleteBridgeBlock();

  private static VirtualMachine withBridges(List<PciBridge> bridges) {
    return VirtualMachine.builder().from(Fixtures.guideVm()).pciBridges(bridges)
        .putSource("virtualhw.version", SourceRef.of("vm.vmx", 2)).build();
  }

  @Test
  void positive_onlyPciBridge0AfterAManualUpgrade() {
    VirtualMachine vm = withBridges(List.of(PciBridge.builder().index(0).present(true).build()));
    assertThat(check(rule, vm)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("VMDP303");
      assertThat(f.facts()).containsEntry("hardwareVersion", "7")
          .containsEntry("missingBridges", "pciBridge4,pciBridge5,pciBridge6,pciBridge7")
          .doesNotContainKey("badKeys");
      assertThat(f.message()).isEqualTo(
          "virtualHW.version 7 but pciBridge4, pciBridge5, pciBridge6, pciBridge7 are missing");
      assertThat(f.location()).hasValue(SourceRef.of("vm.vmx", 2));
    });
  }

  @Test
  void positive_bridgeNotARootPortOrWithoutFunctionsOrNotPresent() {
    List<PciBridge> bridges = new ArrayList<>(Fixtures.guideVm().pciBridges());
    bridges.set(2, PciBridge.builder().index(5).present(true).virtualDev("pcie").functions(8).build());
    bridges.set(3, PciBridge.builder().index(6).present(true).virtualDev("pcieRootPort").build());
    bridges.set(4, PciBridge.builder().index(7).present(false).virtualDev("pcieRootPort").functions(8).build());
    VirtualMachine vm = VirtualMachine.builder().from(withBridges(bridges))
        .putSource("pcibridge5.virtualdev", SourceRef.of("vm.vmx", 14)).build();
    assertThat(check(rule, vm)).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("badKeys", "pciBridge5.virtualDev,pciBridge6.functions,pciBridge7.present")
          .doesNotContainKey("missingBridges");
      assertThat(f.location()).hasValue(SourceRef.of("vm.vmx", 14));
    });
  }

  @Test
  void negative_guideSampleAndVmsWithoutPassthroughOrOldHardware() {
    assertThat(check(rule, Fixtures.guideVm())).isEmpty();
    VirtualMachine noPassthrough = VirtualMachine.builder().name("plain").hardwareVersion(7).build();
    assertThat(check(rule, noPassthrough)).isEmpty();
    VirtualMachine hw4 = VirtualMachine.builder().name("hw4").hardwareVersion(4)
        .addPassthroughDevice(entry(0, "03:00.0", 0x12ab, 0x3456, 160)).build();
    assertThat(check(rule, hw4)).as("VMDP302's business").isEmpty();
  }
}
