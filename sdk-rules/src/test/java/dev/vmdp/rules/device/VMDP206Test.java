package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.VmFix;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP206Test {
  /** The conventional 82541PI NIC at host 07:01.0, behind the PCIe-to-PCI bridge 06:00.0. */
  private static final VirtualMachine NIC_VM = Checks.vm("legacy", entry(0, "07:01.0", 0x8086, 0x107c));

  @Test
  void positive_conventionalNicWithDefaultVirtualDev_fixSetsPci() {
    Finding f = Checks.run(new ConventionalDeviceAsPcie(), Fixtures.server(), NIC_VM).get(0);
    assertThat(f.facts()).containsEntry("address", "0000:07:01.0").containsEntry("virtualDev", "pcie")
        .containsEntry("evidence", "noExpressCapability").doesNotContainKey("bridge");
    assertThat(f.message()).startsWith("host device 0000:07:01.0 is conventional PCI/PCI-X but pciPassthru0 is "
        + "virtualDev pcie");
    VmFix fix = (VmFix) f.fixes().get(0);
    assertThat(fix.summary()).isEqualTo("give pciPassthru0 a conventional PCI virtual device");
    VirtualMachine fixed = fix.applyTo(NIC_VM);
    assertThat(fixed.passthrough(0).flatMap(PassthroughDevice::virtualDev)).contains("pci");
    assertThat(Checks.run(new ConventionalDeviceAsPcie(), Fixtures.server(), fixed)).isEmpty();
  }

  @Test
  void positive_capabilitiesUnknownButBelowPcieToPciBridge() {
    PciFunction bare = PciFunction.builder().address(PciAddress.parse("07:01.0")).id(PciId.of(0x8086, 0x107c)).build();
    Host h = Fixtures.server().withTopology(Fixtures.server().topology().with(bare));
    assertThat(Checks.run(new ConventionalDeviceAsPcie(), h, NIC_VM)).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("evidence", "belowPciBridge")
            .containsEntry("bridge", "0000:06:00.0"));
  }

  @Test
  void negative_virtualDevPciAlready() {
    PassthroughDevice pci = PassthroughDevice.builder().from(entry(0, "07:01.0", 0x8086, 0x107c)).virtualDev("pci").build();
    assertThat(Checks.run(new ConventionalDeviceAsPcie(), Fixtures.server(), Checks.vm("legacy", pci))).isEmpty();
  }

  @Test
  void negative_pcieEndpointOrCapabilitiesUnknown() {
    assertThat(Checks.run(new ConventionalDeviceAsPcie(), Fixtures.server(), Checks.vm("x", entry(0, "03:00.0", 0x8086, 0x10c6))))
        .isEmpty();
    assertThat(Checks.run(new ConventionalDeviceAsPcie(), Fixtures.guideHost().withTopology(
        dev.vmdp.model.pci.PciTopology.of(PciFunction.builder().address(PciAddress.parse("03:00.0")).build())),
        Fixtures.guideVm())).isEmpty();
  }
}
