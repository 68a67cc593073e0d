package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VMDP506Test {
  final SriovMapLine rule = new SriovMapLine();

  static Host mellanox(String map) {
    String lspci = "12:00.0 0200: 15b3:1017\n"
        + "\tControl: I/O- Mem+ BusMaster+\n"
        + "\tCapabilities: [180 v1] Single Root I/O Virtualization (SR-IOV)\n"
        + "\t\tInitial VFs: 8, Total VFs: 8, Number of VFs: 1, Function Dependency Link: 00\n"
        + "\t\tVF offset: 2, stride: 1, Device ID: 1018\n"
        + "12:00.2 0200: 15b3:1018\n"
        + "13:00.0 0200: 8086:10c6\n";
    return Host.builder().name("h").topology(LspciReader.parse(lspci, "l.txt").topology())
        .passthruMap(PassthruMapDocument.parse(map.getBytes(StandardCharsets.UTF_8), "passthru.map").toModel()).build();
  }

  @Test
  void positive_linesForThePhysicalAndVirtualFunctions() {
    assertThat(run(rule, mellanox("15b3 1017 flr default\n15b3 1018 flr default\n")))
        .extracting(f -> f.facts().get("role")).containsExactly("physical function", "virtual function");
  }

  @Test
  void negative_lineForAnOrdinaryDevice() {
    assertThat(run(rule, mellanox("8086 10c6 d3d0 default\n"))).isEmpty();
  }
}
