package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import org.junit.jupiter.api.Test;

class VMDP313Test {
  private final DynamicDirectPathOnOldHardware rule = new DynamicDirectPathOnOldHardware();

  private static final PassthroughDevice DYNAMIC = PassthroughDevice.builder().index(0).present(true)
      .addAllowedDevice(PciId.of(0x10de, 0x20f1)).build();

  @Test
  void positive_allowedDevicesOnHardware14() {
    VirtualMachine vm = vm("ai", 14).addPassthroughDevice(DYNAMIC)
        .putSource("pcipassthru0.alloweddevices", SourceRef.of("ai.vmx", 3)).build();
    assertThat(check(rule, vm)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("VMDP313");
      assertThat(f.message()).isEqualTo("pciPassthru0.allowedDevices needs virtualHW.version 17 or later, is 14");
      assertThat(f.facts()).containsEntry("hardwareVersion", "14").containsEntry("minimum", "17")
          .containsEntry("allowedDevices", "0x10de:0x20f1");
      assertThat(f.location()).hasValue(SourceRef.of("ai.vmx", 3));
    });
  }

  @Test
  void negative_hardware17OrNoVersionOrNotPresent() {
    assertThat(check(rule, vm("ai", 17).addPassthroughDevice(DYNAMIC).build())).isEmpty();
    assertThat(check(rule, VirtualMachine.builder().name("nv").addPassthroughDevice(DYNAMIC).build())).isEmpty();
    PassthroughDevice off = PassthroughDevice.builder().from(DYNAMIC).present(false).build();
    assertThat(check(rule, vm("ai", 14).addPassthroughDevice(off).build())).isEmpty();
  }
}
