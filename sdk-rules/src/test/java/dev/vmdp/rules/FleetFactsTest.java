package dev.vmdp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetFactsTest {

  private static VirtualMachine vm(String name, int hw, boolean passthrough) {
    VirtualMachine.Builder b = VirtualMachine.builder().name(name).file(name + ".vmx").hardwareVersion(hw)
        .memoryMb(4096).guestOs("rhel8-64")
        .putSource("memsize", SourceRef.of(name + ".vmx", 3))
        .putSource("pcipassthru0.id", SourceRef.of(name + ".vmx", 9));
    if (passthrough) {
      b.addPassthroughDevice(PassthroughDevice.builder().index(0).present(true).id("0000:3b:00.0").build());
    }
    b.addPassthroughDevice(PassthroughDevice.builder().index(1).present(false).id("0000:5e:00.0").build());
    return b.build();
  }

  @Test
  void keepsOnlyThePassthroughFactsOfVmsThatHavePresentEntriesAndCountsEveryVm() {
    FleetFacts facts = FleetFacts.of(List.of(vm("a", 14, true), vm("b", 19, false), vm("c", 11, true)));

    assertThat(facts.checked()).isEqualTo(3);
    assertThat(facts.maxHardwareVersion()).isEqualTo(19);
    assertThat(facts.vms()).extracting(VirtualMachine::name).containsExactly("a", "c");
    VirtualMachine a = facts.vms().get(0);
    assertThat(a.passthroughDevices()).extracting(PassthroughDevice::index).containsExactly(0);
    assertThat(a.sources()).containsOnlyKeys("pcipassthru0.id");
    assertThat(a.memoryMb()).isEmpty();
    assertThat(a.hardwareVersion()).hasValue(14);
    assertThat(a.file()).hasValue("a.vmx");
  }

  @Test
  void anUpdatedVmReplacesItsFactsWithoutBeingCountedAgain() {
    FleetFacts facts = FleetFacts.of(List.of(vm("a", 14, true), vm("b", 14, false)));

    facts.update(vm("a", 14, false));
    facts.update(vm("b", 14, true));

    assertThat(facts.checked()).isEqualTo(2);
    assertThat(facts.vms()).extracting(VirtualMachine::name).containsExactly("b");
  }

  @Test
  void theSecondPassStillJudgesTheHostWhenNoVmHasPassthrough() {
    // Host rules tell "a host checked alone" (judged) from "VMs, none with passthrough" (not judged)
    // by the number of VMs checked, which the facts keep although they hold no VM.
    FleetFacts none = FleetFacts.of(List.of(vm("b", 14, false)));
    assertThat(none.vms()).isEmpty();
    assertThat(none.checked()).isEqualTo(1);
    assertThat(new FleetFacts().checked()).isZero();
  }
}
