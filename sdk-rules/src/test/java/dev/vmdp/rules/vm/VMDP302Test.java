package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP302Test {
  private final OldVirtualHardware rule = new OldVirtualHardware();

  private static VirtualMachine.Builder old(int hw) {
    return VirtualMachine.builder().name("old").hardwareVersion(hw).memoryMb(512).memoryReservationMb(512)
        .putSource("virtualhw.version", SourceRef.of("old.vmx", 2));
  }

  @Test
  void positive_hardware4WithPassthrough() {
    VirtualMachine vm = old(4).addPassthroughDevice(entry(0, "03:00.0", 0x12ab, 0x3456, 160)).build();
    assertThat(check(rule, vm)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("VMDP302");
      assertThat(f.facts()).containsEntry("hardwareVersion", "4").containsEntry("minimum", "7")
          .containsEntry("passthroughDevices", "1");
      assertThat(f.location()).hasValue(SourceRef.of("old.vmx", 2));
      assertThat(f.message()).isEqualTo("virtualHW.version 4 is below 7, the minimum for VMDirectPath");
    });
  }

  @Test
  void negative_hardware7OrNoPassthroughOrNoVersion() {
    assertThat(check(rule, Fixtures.guideVm())).isEmpty();
    assertThat(check(rule, old(4).build())).isEmpty();
    VirtualMachine noVersion = VirtualMachine.builder().name("nv")
        .addPassthroughDevice(entry(0, "03:00.0", 0x12ab, 0x3456, 160)).build();
    assertThat(check(rule, noVersion)).isEmpty();
  }
}
