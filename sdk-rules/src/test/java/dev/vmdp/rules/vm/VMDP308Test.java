package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.applyAll;
import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP308Test {
  private final PhysicalMsiWithIoapicGuest rule = new PhysicalMsiWithIoapicGuest();

  private static VirtualMachine guest(String guestOs, PassthroughDevice d) {
    return vm("g", 7).guestOs(guestOs).addPassthroughDevice(d).build();
  }

  @Test
  void positive_theGuidesRhel3SampleUsesDefaultMsi() {
    VirtualMachine vm = Fixtures.guideVm();
    List<Finding> f = check(rule, vm);
    assertThat(f).hasSize(2).allSatisfy(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP308");
      assertThat(x.facts()).containsEntry("guestOs", "rhel3").containsEntry("msiEnabled", "absent")
          .containsEntry("guestFamily", "Linux 2.4 (RHEL 3 era)");
    });
    assertThat(f.get(1).message()).isEqualTo("pciPassthru1 uses physical MSI but the Linux 2.4 (RHEL 3 era) guest"
        + " drives it in IOAPIC mode: set pciPassthru1.msiEnabled = \"FALSE\"");
    assertThat(f.get(1).facts()).containsEntry("vendorId", "78cd").containsEntry("deviceId", "6543");
    VirtualMachine fixed = applyAll(f, vm);
    assertThat(fixed.presentPassthroughDevices()).allSatisfy(d -> assertThat(d.msiEnabled()).hasValue(false));
    assertThat(check(rule, fixed)).isEmpty();
  }

  @Test
  void positive_windows2003WithADeviceNotKnownToWorkWithMsi() {
    PassthroughDevice qla2422 = entry(0, "04:00.0", 0x1077, 0x2422, 160);
    assertThat(check(rule, guest("winNetStandard-64", qla2422))).singleElement().satisfies(x ->
        assertThat(x.facts()).containsEntry("guestFamily", "Windows 2003").containsEntry("vendorId", "1077"));
  }

  @Test
  void negative_devicesTheGuideNamesForWindows2003AndBroadcomLeftToVmdp306() {
    assertThat(check(rule, guest("winNetEnterprise", entry(0, "04:00.0", 0x1077, 0x2532, 160)))).isEmpty();
    assertThat(check(rule, guest("winNetEnterprise", entry(0, "06:00.0", 0x1000, 0x0058, 160)))).isEmpty();
    assertThat(check(rule, guest("winNetEnterprise", entry(0, "03:00.0", 0x8086, 0x10c6, 160)))).isEmpty();
    assertThat(check(rule, guest("winNetEnterprise", entry(0, "05:00.0", 0x14e4, 0x164e, 160)))).isEmpty();
  }

  @Test
  void negative_modernOrUnknownGuestOrIoapicAlready() {
    assertThat(check(rule, guest("windows9srv-64", entry(0, "04:00.0", 0x1077, 0x2422, 160)))).isEmpty();
    assertThat(check(rule, guest("longhorn", entry(0, "04:00.0", 0x1077, 0x2422, 160)))).isEmpty();
    assertThat(check(rule, guest("myOwnImage", entry(0, "04:00.0", 0x1077, 0x2422, 160)))).isEmpty();
    VirtualMachine noGuest = VirtualMachine.builder().from(guest("x", entry(0, "04:00.0", 0x1077, 0x2422, 160)))
        .guestOs(java.util.Optional.empty()).build();
    assertThat(check(rule, noGuest)).isEmpty();
    PassthroughDevice ioapic = PassthroughDevice.builder().from(entry(0, "04:00.0", 0x1077, 0x2422, 160))
        .msiEnabled(false).build();
    assertThat(check(rule, guest("rhel4", ioapic))).isEmpty();
  }
}
