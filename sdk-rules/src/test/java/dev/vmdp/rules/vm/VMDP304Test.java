package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP304Test {
  private final HandEditedBridgeBlock rule = new HandEditedBridgeBlock();

  @Test
  void positive_extraBridgeOtherFunctionsAndOtherSlot() {
    VirtualMachine base = vm("edited", 8).addPassthroughDevice(entry(0, "03:00.0", 0x8086, 0x10c6, 160)).build();
    List<PciBridge> bridges = new ArrayList<>(base.pciBridges());
    bridges.set(1, PciBridge.builder().index(4).present(true).virtualDev("pcieRootPort").functions(4)
        .pciSlotNumber(21).build());
    bridges.set(2, PciBridge.builder().index(5).present(true).virtualDev("pcieRootPort").functions(8)
        .pciSlotNumber(30).build());
    bridges.add(PciBridge.builder().index(2).present(true).build());
    VirtualMachine vm = VirtualMachine.builder().from(base).pciBridges(bridges)
        .putSource("pcibridge4.functions", SourceRef.of("edited.vmx", 12)).build();
    List<Finding> f = check(rule, vm);
    assertThat(f).extracting(x -> x.facts().get("key"))
        .containsExactly("pciBridge4.functions", "pciBridge5.pciSlotNumber", "pciBridge2.present");
    assertThat(f.get(0).facts()).containsEntry("value", "4").containsEntry("expected", "8");
    assertThat(f.get(0).message()).isEqualTo("pciBridge4.functions is \"4\"; the client writes \"8\"");
    assertThat(f.get(0).location()).hasValue(SourceRef.of("edited.vmx", 12));
    assertThat(f.get(1).facts()).containsEntry("value", "30").containsEntry("expected", "22");
    assertThat(f.get(2).facts()).containsEntry("value", "TRUE").containsEntry("expected", "absent");
    assertThat(f).allSatisfy(x -> assertThat(x.ruleId()).isEqualTo("VMDP304"));
  }

  @Test
  void negative_clientBlockBeforeAndAfterFirstPowerOn() {
    assertThat(check(rule, Fixtures.guideVm())).as("no slot numbers yet").isEmpty();
    VirtualMachine powered = vm("p", 7).addPassthroughDevice(entry(0, "03:00.0", 0x8086, 0x10c6, 160)).build();
    assertThat(check(rule, powered)).isEmpty();
  }

  @Test
  void negative_incompleteBlockIsLeftToVmdp303() {
    VirtualMachine vm = VirtualMachine.builder().from(Fixtures.guideVm())
        .pciBridges(List.of(PciBridge.builder().index(0).present(true).build(),
            PciBridge.builder().index(1).present(true).build()))
        .build();
    assertThat(check(rule, vm)).isEmpty();
    assertThat(check(new IncompleteBridgeBlock(), vm)).hasSize(1);
  }

  @Test
  void negative_bridgeOneNotPresentAndUnassignedSlots() {
    VirtualMachine base = vm("x", 7).addPassthroughDevice(entry(0, "03:00.0", 0x8086, 0x10c6, 160)).build();
    List<PciBridge> bridges = new ArrayList<>(base.pciBridges());
    bridges.add(PciBridge.builder().index(1).present(false).build());
    bridges.set(1, PciBridge.builder().index(4).present(true).virtualDev("pcieRootPort").functions(8)
        .pciSlotNumber(-1).build());
    assertThat(check(rule, VirtualMachine.builder().from(base).pciBridges(bridges).build())).isEmpty();
  }
}
