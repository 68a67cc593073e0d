package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.pci.PciAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetExampleTest {
  @TempDir Path dir;

  @Test
  void groupsTheGpuWithItsAudioAndBothHbaPortsAndPlansWholeGroups() {
    ExampleFiles.copyTo(dir, "reset", "lspci.txt", "passthru.map");

    Printed<Map<String, List<PciAddress>>> p = Printed.run(out -> ResetExample.run(dir, out));

    assertThat(p.text()).contains("0000:01:00.0 reset bridge (passthru.map line 6: 10de ffff bridge false)",
        "0000:01:00.1 reset bridge", "0000:04:00.0 reset flr (DevCap FLReset+)",
        "group [0000:01:00.0, 0000:01:00.1] below 0000:00:01.0",
        "group [0000:04:00.0, 0000:04:00.1]\n",
        "not shareable (passthru.map line 4: 1077 2532 default false)");
    // the wish splits both devices: VMDP402 twice, and the GPU's bridge reset would hit the VMkernel's audio
    assertThat(p.text()).contains("the wish: 3 errors",
        "VMDP402 functions of the non-shareable device 01:00.0 are split between owners",
        "VMDP402 functions of the non-shareable device 04:00.0 are split between owners",
        "VMDP403 the bridge reset of 0000:00:01.0");
    assertThat(p.result()).containsExactly(
        Map.entry("cad01", List.of(PciAddress.parse("0000:01:00.0"), PciAddress.parse("0000:01:00.1"))),
        Map.entry("db01", List.of(PciAddress.parse("0000:04:00.0"), PciAddress.parse("0000:04:00.1"))));
    assertThat(p.text()).contains("the plan: 0 errors, 0 warnings");
  }
}
