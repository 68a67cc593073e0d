package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.applyAll;
import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP306Test {
  private final BroadcomNeedsIoapic rule = new BroadcomNeedsIoapic();

  private static VirtualMachine w2k3(String guestOs, PassthroughDevice d) {
    return vm("w2k3", 7).guestOs(guestOs).addPassthroughDevice(d)
        .putSource("pcipassthru0.deviceid", SourceRef.of("w2k3.vmx", 21)).build();
  }

  @Test
  void positive_broadcom57710InWindows2003WithDefaultMsi() {
    VirtualMachine vm = w2k3("winNetEnterprise", entry(0, "05:00.0", 0x14e4, 0x164e, 160));
    List<Finding> f = check(rule, vm);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP306");
      assertThat(x.subject()).isEqualTo("vm w2k3 pciPassthru0");
      assertThat(x.message()).isEqualTo("Broadcom 57710 in a Windows 2003 guest needs pciPassthru0.msiEnabled = \"FALSE\"");
      assertThat(x.facts()).containsEntry("vendorId", "14e4").containsEntry("deviceId", "164e")
          .containsEntry("device", "Broadcom 57710").containsEntry("guestFamily", "Windows 2003")
          .containsEntry("guestOs", "winNetEnterprise").containsEntry("msiEnabled", "absent");
      assertThat(x.location()).hasValue(SourceRef.of("w2k3.vmx", 21));
      assertThat(x.fixes()).singleElement()
          .satisfies(fix -> assertThat(fix.summary()).isEqualTo("turn physical MSI off for pciPassthru0 (IOAPIC mode)"));
    });
    VirtualMachine fixed = applyAll(f, vm);
    assertThat(fixed.passthrough(0).orElseThrow().msiEnabled()).hasValue(false);
    assertThat(check(rule, fixed)).isEmpty();
  }

  @Test
  void positive_57711InWindows2008R2WithMsiTrueAndIdsFromTheHost() {
    PciFunction nic = PciFunction.builder().address(PciAddress.parse("05:00.0")).id(PciId.of(0x14e4, 0x164f))
        .portType(PortType.ENDPOINT).build();
    Host host = Fixtures.guideHost().withTopology(PciTopology.of(nic));
    PassthroughDevice noIds = PassthroughDevice.builder().index(0).present(true).id("05:00.0")
        .systemId(Fixtures.GUIDE_UUID).msiEnabled(true).build();
    assertThat(check(rule, host, w2k3("windows7srv-64", noIds))).singleElement().satisfies(x ->
        assertThat(x.facts()).containsEntry("device", "Broadcom 57711").containsEntry("msiEnabled", "TRUE")
            .containsEntry("guestFamily", "Windows 2008 R2"));
    assertThat(check(rule, host, w2k3("LONGHORN-64", noIds))).hasSize(1);
  }

  @Test
  void negative_ioapicAlreadyOrOtherGuestOrOtherDevice() {
    PassthroughDevice ioapic = PassthroughDevice.builder().from(entry(0, "05:00.0", 0x14e4, 0x164e, 160))
        .msiEnabled(false).build();
    assertThat(check(rule, w2k3("winNetStandard", ioapic))).isEmpty();
    assertThat(check(rule, w2k3("windows9srv-64", entry(0, "05:00.0", 0x14e4, 0x164e, 160)))).isEmpty();
    assertThat(check(rule, w2k3("rhel4", entry(0, "05:00.0", 0x14e4, 0x164e, 160)))).isEmpty();
    assertThat(check(rule, w2k3("", entry(0, "05:00.0", 0x14e4, 0x164e, 160)))).as("unknown guest").isEmpty();
    assertThat(check(rule, w2k3("winNetStandard", entry(0, "05:00.0", 0x14e4, 0x1662, 160)))).as("57712").isEmpty();
    PassthroughDevice unknownIds = PassthroughDevice.builder().index(0).present(true).id("09:00.0").build();
    assertThat(check(rule, w2k3("winNetStandard", unknownIds))).isEmpty();
  }
}
