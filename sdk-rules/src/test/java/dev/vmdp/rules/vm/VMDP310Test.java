package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP310Test {
  private final MissingPassthroughKeys rule = new MissingPassthroughKeys();

  @Test
  void positive_noSystemId() {
    PassthroughDevice d = PassthroughDevice.builder().index(0).present(true).id("03:00.0").deviceId(0x3456)
        .vendorId(0x12ab).build();
    VirtualMachine vm = vm("rhel3", 7).addPassthroughDevice(d)
        .putSource("pcipassthru0.present", SourceRef.of("rhel3.vmx", 41)).build();
    assertThat(check(rule, vm)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("VMDP310");
      assertThat(f.message()).isEqualTo("pciPassthru0 is present but has no systemId");
      assertThat(f.facts()).containsEntry("missing", "systemId").containsEntry("dynamic", "false")
          .doesNotContainKey("empty");
      assertThat(f.location()).hasValue(SourceRef.of("rhel3.vmx", 41));
    });
  }

  @Test
  void positive_emptyIdAndUnreadableVendorIdAreEmptyNotMissing() {
    PassthroughDevice d = PassthroughDevice.builder().index(1).present(true).id("").deviceId(0x3456)
        .systemId(Fixtures.GUIDE_UUID).build();
    VirtualMachine vm = vm("vm", 7).addPassthroughDevice(d)
        .putSource("pcipassthru1.id", SourceRef.of("vm.vmx", 50))
        .putSource("pcipassthru1.vendorid", SourceRef.of("vm.vmx", 51)).build();
    assertThat(check(rule, vm)).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("empty", "id,vendorId").doesNotContainKey("missing");
      assertThat(f.message()).isEqualTo("pciPassthru1 is present but has an empty or unreadable id, vendorId");
      assertThat(f.location()).hasValue(SourceRef.of("vm.vmx", 50));
    });
  }

  @Test
  void positive_dynamicEntryWithEmptyAllowedDevices() {
    PassthroughDevice d = PassthroughDevice.builder().index(0).present(true).build();
    VirtualMachine vm = vm("ai", 19).addPassthroughDevice(d)
        .putSource("pcipassthru0.alloweddevices", SourceRef.of("ai.vmx", 30)).build();
    assertThat(check(rule, vm)).singleElement().satisfies(f ->
        assertThat(f.facts()).containsEntry("empty", "allowedDevices").containsEntry("dynamic", "true"));
  }

  @Test
  void negative_completeEntriesDynamicEntriesAndEntriesNotPresent() {
    assertThat(check(rule, Fixtures.guideVm())).isEmpty();
    PassthroughDevice dynamic = PassthroughDevice.builder().index(0).present(true)
        .addAllowedDevice(PciId.of(0x10de, 0x20f1)).build();
    assertThat(check(rule, vm("ai", 19).addPassthroughDevice(dynamic).build())).isEmpty();
    PassthroughDevice off = PassthroughDevice.builder().index(0).present(false).id("03:00.0").build();
    assertThat(check(rule, vm("off", 7).addPassthroughDevice(off).build())).isEmpty();
    assertThat(check(rule, vm("ok", 7).addPassthroughDevice(entry(0, "03:00.0", 1, 2, 160)).build())).isEmpty();
  }
}
