package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP309Test {
  private final SharedSlotNumber rule = new SharedSlotNumber();

  @Test
  void positive_twoEntriesInSlot160() {
    VirtualMachine vm = vm("vm", 7)
        .addPassthroughDevice(entry(0, "03:00.0", 0x12ab, 0x3456, 160))
        .addPassthroughDevice(entry(1, "02:00.0", 0x78cd, 0x6543, 160))
        .putSource("pcipassthru0.pcislotnumber", SourceRef.of("vm.vmx", 41))
        .putSource("pcipassthru1.pcislotnumber", SourceRef.of("vm.vmx", 47)).build();
    assertThat(check(rule, vm)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("VMDP309");
      assertThat(f.subject()).isEqualTo("vm vm pciPassthru1");
      assertThat(f.message()).isEqualTo("pciPassthru1.pciSlotNumber 160 (pciBridge4 function 0, device 0) is also used"
          + " by pciPassthru0 (vm.vmx:41)");
      assertThat(f.facts()).containsEntry("slot", "160").containsEntry("slotMeaning", "pciBridge4 function 0, device 0")
          .containsEntry("key", "pciPassthru1.pciSlotNumber").containsEntry("alsoUsedBy", "pciPassthru0.pciSlotNumber");
      assertThat(f.location()).hasValue(SourceRef.of("vm.vmx", 47));
    });
  }

  @Test
  void positive_entryAndAVirtualNicOrABridge() {
    VirtualDevice nic = VirtualDevice.builder().keyPrefix("ethernet0").present(true).virtualDev("vmxnet3")
        .pciSlotNumber(192).build();
    VirtualMachine vm = vm("vm", 7).addVirtualDevice(nic)
        .addPassthroughDevice(entry(0, "03:00.0", 0x12ab, 0x3456, 192))
        .addPassthroughDevice(entry(1, "02:00.0", 0x78cd, 0x6543, 21)).build();
    assertThat(check(rule, vm)).extracting(f -> f.facts().get("key"), f -> f.facts().get("alsoUsedBy"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ethernet0.pciSlotNumber", "pciPassthru0.pciSlotNumber"),
            org.assertj.core.groups.Tuple.tuple("pciBridge4.pciSlotNumber", "pciPassthru1.pciSlotNumber"));
  }

  @Test
  void negative_distinctUnassignedOrAbsentSlots() {
    assertThat(check(rule, Fixtures.guideVm())).isEmpty();
    VirtualMachine unassigned = vm("vm", 7)
        .addPassthroughDevice(entry(0, "03:00.0", 0x12ab, 0x3456, -1))
        .addPassthroughDevice(entry(1, "02:00.0", 0x78cd, 0x6543, -1)).build();
    assertThat(check(rule, unassigned)).isEmpty();
    VirtualDevice a = VirtualDevice.builder().keyPrefix("ethernet0").present(true).pciSlotNumber(33).build();
    VirtualDevice b = VirtualDevice.builder().keyPrefix("ethernet1").present(true).pciSlotNumber(33).build();
    assertThat(check(rule, vm("vm", 7).addVirtualDevice(a).addVirtualDevice(b).build())).as("no passthrough involved").isEmpty();
  }
}
