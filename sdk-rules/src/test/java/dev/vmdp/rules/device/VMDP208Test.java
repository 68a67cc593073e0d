package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.Acs;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VMDP208Test {
  private static final VirtualMachine NIC_VM = Checks.vm("sw", entry(0, "03:00.0", 0x8086, 0x10c6));

  /** Root port 00:01.0, switch upstream port 01:00.0, downstream port 02:00.0 with the given ACS, NIC 03:00.0. */
  private static Host switchHost(Optional<Acs> downstreamAcs) {
    PciFunction root = bridge("00:01.0", PortType.ROOT_PORT, BusRange.of(0, 1, 3)).build();
    PciFunction up = bridge("01:00.0", PortType.UPSTREAM_PORT, BusRange.of(1, 2, 3)).build();
    PciFunction down = bridge("02:00.0", PortType.DOWNSTREAM_PORT, BusRange.of(2, 3, 3)).acs(downstreamAcs).build();
    PciFunction nic = PciFunction.builder().address(PciAddress.parse("03:00.0")).id(PciId.of(0x8086, 0x10c6))
        .classCode(ClassCode.parse("0200")).portType(PortType.ENDPOINT).build();
    return Host.builder().name("esx-sw").version(EsxVersion.ESX_6_7).systemUuid(Fixtures.GUIDE_UUID)
        .topology(PciTopology.of(root, up, down, nic)).build();
  }

  private static PciFunction.Builder bridge(String address, PortType type, BusRange range) {
    PciFunction.Builder b = PciFunction.builder();
    b.address(PciAddress.parse(address)).classCode(ClassCode.parse("0604")).portType(type).bridge(range);
    return b;
  }

  @Test
  void positive_nicBehindPcieToPciBridge() {
    assertThat(Checks.run(new UnisolatedPath(), Fixtures.server(), Checks.vm("legacy", entry(0, "07:02.0", 0x8086, 0x107c))))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).containsEntry("address", "0000:07:02.0").containsEntry("bridge", "0000:06:00.0")
              .containsEntry("reason", "conventionalBridge");
          assertThat(f.message()).isEqualTo(
              "host device 0000:07:02.0 is behind conventional PCI bridge 0000:06:00.0 (unsupported, KB 1010789)");
        });
  }

  @Test
  void positive_downstreamPortWithoutAcs() {
    assertThat(Checks.run(new UnisolatedPath(), switchHost(Optional.of(Acs.notCapable())), NIC_VM)).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("bridge", "0000:02:00.0").containsEntry("reason", "noAcs"));
  }

  @Test
  void negative_downstreamPortWithAcsOrAcsUnknown() {
    Acs on = Acs.builder().capable(true).sourceValidation(true).requestRedirect(true).completionRedirect(true)
        .upstreamForwarding(true).build();
    assertThat(Checks.run(new UnisolatedPath(), switchHost(Optional.of(on)), NIC_VM)).isEmpty();
    assertThat(Checks.run(new UnisolatedPath(), switchHost(Optional.empty()), NIC_VM)).isEmpty();
  }

  @Test
  void negative_endpointBelowRootPort() {
    assertThat(Checks.run(new UnisolatedPath(), Fixtures.server(), Checks.vm("x", entry(0, "03:00.0", 0x8086, 0x10c6))))
        .isEmpty();
  }
}
