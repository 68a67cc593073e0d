package dev.vmdp.dsl;

import static dev.vmdp.dsl.Vmdp.check;
import static dev.vmdp.dsl.Vmdp.host;
import static dev.vmdp.dsl.Vmdp.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VmdpTest {
  static final String UUID = "48c4619b-6d58-18db-2a0e-000423d1e6f6";

  static Host guideHost() {
    return host("esx01").version("4.0").intelVtd().uuid(UUID)
        .pci("0000:03:00.0", d -> d.ids(0x12ab, 0x3456).pcie())
        .pci("0000:02:00.0", d -> d.ids("78cd:6543").pcie())
        .passthroughEnabled("0000:03:00.0", "0000:02:00.0")
        .build();
  }

  @Test
  void describesAHostWithIommuDevicesAndStates() {
    Host h = guideHost();
    assertThat(h.version()).contains(EsxVersion.ESX_4_0);
    assertThat(h.iommu().kind()).contains(IommuKind.INTEL_VTD);
    assertThat(h.iommu().biosEnabled()).contains(true);
    assertThat(h.device("0000:03:00.0").id()).contains(PciId.of(0x12ab, 0x3456));
    assertThat(h.device("0000:02:00.0").portType()).contains(PortType.ENDPOINT);
    assertThat(h.passthroughState(PciAddress.parse("02:00.0"))).contains(PassthroughState.ACTIVE);
    assertThat(h.loadedModules()).isEmpty();
  }

  @Test
  void reproducesTheGuidesSampleVm() {
    Host h = guideHost();
    VirtualMachine vm = vm("RHEL3").guest("rhel3").hardwareVersion(7).memoryMb(512).reserveAllMemory()
        .on(h).passthrough("0000:03:00.0").passthrough(h.device("0000:02:00.0")).build();
    assertThat(vm.memoryReservationMb()).hasValue(512);
    assertThat(vm.pciBridges()).extracting(b -> b.index()).containsExactly(0, 4, 5, 6, 7);
    PassthroughDevice p0 = vm.passthrough(0).orElseThrow();
    assertThat(p0.id()).contains("03:00.0");
    assertThat(p0.vendorId()).hasValue(0x12ab);
    assertThat(p0.systemId()).contains(UUID);
    assertThat(p0.pciSlotNumber()).hasValue(160);
    assertThat(vm.passthrough(1).orElseThrow().pciSlotNumber()).hasValue(192);
    assertThat(vm.passthrough(1).orElseThrow().id()).contains("02:00.0");
  }

  @Test
  void writesTheLongIdFormForLaterHostsAndHonoursOptions() {
    Host h = host("esx7").version("7.0U3").intelVtd().pci("0000:65:00.0", d -> d.ids(0x10de, 0x1eb8)).build();
    VirtualMachine vm = vm("gpu").hardwareVersion(19).memoryMb(4096)
        .passthrough(h.device("0000:65:00.0"), p -> p.msiEnabled(false).slot(1184))
        .on(h).build();
    PassthroughDevice p = vm.passthrough(0).orElseThrow();
    assertThat(p.id()).contains("00000:101:00.0");
    assertThat(p.msiEnabled()).contains(false);
    assertThat(p.pciSlotNumber()).hasValue(1184);
  }

  @Test
  void leavesThePciBridgeBlockOutForOldHardwareOrWhenAsked() {
    assertThat(vm("old").hardwareVersion(4).build().pciBridges()).isEmpty();
    assertThat(vm("bare").hardwareVersion(7).withoutPciBridges().build().pciBridges()).isEmpty();
  }

  @Test
  void passthroughByAddressNeedsTheHost() {
    assertThatThrownBy(() -> vm("x").passthrough("03:00.0")).isInstanceOf(VmdpException.class)
        .hasMessageContaining("on(host)");
    assertThatThrownBy(() -> vm("x").on(guideHost()).passthrough("09:00.0"))
        .hasMessageContaining("has no PCI function 0000:09:00.0");
  }

  @Test
  void mapEntriesAreParsedAndBadOnesNamed() {
    Host h = host("h").mapEntry("10de ffff bridge false").mapEntry("8086  10c6 d3d0 default").build();
    assertThat(h.passthruMap().lookup(PciId.of(0x10de, 0x1eb8)).map(e -> e.resetMethod())).contains(ResetMethod.BRIDGE);
    assertThat(h.passthruMap().entries()).hasSize(2);
    assertThatThrownBy(() -> host("h").mapEntry("10de ffff bridge fasle"))
        .isInstanceOf(VmdpException.class).hasMessageContaining("fasle");
  }

  @Test
  void readsHostFilesThroughTheReaders(@TempDir Path dir) throws IOException {
    Path lspci = dir.resolve("lspci.txt");
    Files.writeString(lspci, "03:00.0 0200: 8086:10c6 (rev 01)\n03:00.1 0200: 8086:10c6 (rev 01)\n");
    Path modules = dir.resolve("modules.txt");
    Files.writeString(modules, "Name      Used Size (kb)\nvmkernel  36   10520\nvtddmar   1    12\n");
    Host h = host("h").lspci(lspci).moduleList(modules).build();
    assertThat(h.topology().size()).isEqualTo(2);
    assertThat(h.loadedModules().orElseThrow()).contains("vtddmar");
  }

  @Test
  void checksWithTheStandardRules() {
    Report r = check(guideHost(), vm("RHEL3").hardwareVersion(7).memoryMb(512).reserveAllMemory().build());
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.ruleId()).startsWith("VMDP"));
    assertThat(r.assumptions()).isEmpty();
  }
}
