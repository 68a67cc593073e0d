package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VMDP307Test {
  private final VirtualIrqSharing rule = new VirtualIrqSharing();

  private static final VirtualDevice VMXNET = VirtualDevice.builder().keyPrefix("ethernet0").present(true)
      .virtualDev("vmxnet").build();

  private static VirtualMachine rhel3(boolean msi, VirtualDevice... others) {
    PassthroughDevice d = PassthroughDevice.builder().from(entry(0, "03:00.0", 0x12ab, 0x3456, 160))
        .msiEnabled(msi).build();
    return vm("rhel3", 7).guestOs("rhel3").addPassthroughDevice(d).addAllVirtualDevices(java.util.Arrays.asList(others))
        .putSource("pcipassthru0.msienabled", SourceRef.of("rhel3.vmx", 5)).build();
  }

  @Test
  void positive_ioapicEntryAndVmxnetInRhel3() {
    VirtualDevice scsi = VirtualDevice.builder().keyPrefix("scsi0").present(true).virtualDev("lsilogic").build();
    assertThat(check(rule, rhel3(false, VMXNET, scsi))).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("VMDP307");
      assertThat(f.message()).isEqualTo(
          "pciPassthru0 is in IOAPIC mode and may share a virtual IRQ with ethernet0 (vmxnet), scsi0 (lsilogic)");
      assertThat(f.facts()).containsEntry("msiEnabled", "FALSE").containsEntry("guestOs", "rhel3")
          .containsEntry("otherDevices", "ethernet0 (vmxnet),scsi0 (lsilogic)");
      assertThat(f.location()).hasValue(SourceRef.of("rhel3.vmx", 5));
    });
  }

  @Test
  void negative_msiModeModernGuestNoOtherDeviceOrPolicyOff() {
    assertThat(check(rule, rhel3(true, VMXNET))).isEmpty();
    assertThat(check(rule, rhel3(false))).isEmpty();
    VirtualDevice absentNic = VirtualDevice.builder().keyPrefix("ethernet0").present(false).virtualDev("vmxnet").build();
    assertThat(check(rule, rhel3(false, absentNic))).isEmpty();
    VirtualDevice svga = VirtualDevice.builder().keyPrefix("svga").present(true).build();
    assertThat(check(rule, rhel3(false, svga))).isEmpty();
    VirtualMachine modern = VirtualMachine.builder().from(rhel3(false, VMXNET)).guestOs("rhel7-64").build();
    assertThat(check(rule, modern)).isEmpty();
    KnowledgeBase noOlder = KnowledgeBase.standard()
        .withGuests(KnowledgeBase.standard().guests().withIoapicFamilies(Set.of()));
    assertThat(rule.check(CheckContext.of(Fixtures.guideHost(), List.of(rhel3(false, VMXNET)), List.of(), noOlder)))
        .isEmpty();
  }
}
