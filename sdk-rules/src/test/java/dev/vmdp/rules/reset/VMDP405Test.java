package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static dev.vmdp.rules.reset.ResetFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VMDP405Test {
  final MapForcesUnadvertisedMethod rule = new MapForcesUnadvertisedMethod();

  @Test
  void positive_flrForcedOnADeviceWithoutIt() {
    assertThat(run(rule, server("8086 10c6 flr default\n"))).hasSize(2).allSatisfy(f -> {
      assertThat(f.facts()).containsEntry("mapLine", "8086 10c6 flr default").containsEntry("advertised", "DevCap FLReset-");
      assertThat(f.location().map(Object::toString)).contains("passthru.map:1");
    });
  }

  @Test
  void positive_d3d0ForcedOnADeviceWithNoSoftRstPlus() {
    assertThat(run(rule, server("14e4 1662 d3d0 false\n"))).hasSize(2)
        .allSatisfy(f -> assertThat(f.facts().get("advertised")).startsWith("PM NoSoftRst+"));
  }

  @Test
  void negative_methodsTheDevicesAdvertise() {
    assertThat(run(rule, server("8086 10c6 d3d0 default\n1077 2532 flr default\n"))).isEmpty();
  }

  @Test
  void negative_flrOnAnSriovVirtualFunctionWhoseDevCapSaysOtherwise() {
    String noFlr = "\tCapabilities: [60] Express (v2) Endpoint, MSI 00\n"
        + "\t\tDevCap:\tMaxPayload 512 bytes, PhantFunc 0, Latency L0s <64ns, L1 <1us\n"
        + "\t\t\tExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset- SlotPowerLimit 0.000W\n";
    String lspci = "12:00.0 0200: 15b3:1017\n"
        + "\tCapabilities: [180 v1] Single Root I/O Virtualization (SR-IOV)\n"
        + "\t\tInitial VFs: 8, Total VFs: 8, Number of VFs: 1, Function Dependency Link: 00\n"
        + "\t\tVF offset: 2, stride: 1, Device ID: 1018\n"
        + "12:00.2 0200: 15b3:1018\n" + noFlr
        + "13:00.0 0200: 8086:10c6\n" + noFlr;
    Host host = Host.builder().name("h").topology(LspciReader.parse(lspci, "l.txt").topology())
        .passthruMap(PassthruMapDocument.parse(
            "15b3 1018 flr default\n8086 10c6 flr default\n".getBytes(StandardCharsets.UTF_8), "passthru.map").toModel())
        .build();
    assertThat(host.topology().function(PciAddress.parse("12:00.2")).orElseThrow().flr()).contains(false);
    // The virtual function supports FLR (SR-IOV requires it); the ordinary device does not.
    assertThat(run(rule, host)).extracting(f -> f.facts().get("address")).containsExactly("0000:13:00.0");
  }
}
