package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrongPcieExampleTest {
  @TempDir Path dir;

  @Test
  void diagnosesTheLogAndSetsVirtualDevPci() throws Exception {
    ExampleFiles.copyTo(dir, "wrongpcie", "vmware.log", "scanner01.vmx", "lspci.txt");

    Printed<Report> p = Printed.run(out -> WrongPcieExample.run(dir, out));

    assertThat(p.text()).contains("vmware.log:5: VMDP701 ERROR")
        .contains("device 016:00.0 is marked wrong PCIe")
        .contains("prevented by VMDP206, device 016:00.0")
        .contains("VMDP206 0000:10:00.0 evidence=noExpressCapability")
        .contains("applying: set pciPassthru0.virtualDev = \"pci\"")
        .contains("+pciPassthru0.virtualDev = \"pci\"")
        .contains("after the fix: 0 VMDP206 findings");
    assertThat(Files.readString(dir.resolve("scanner01.vmx"), StandardCharsets.UTF_8))
        .contains("pciPassthru0.virtualDev = \"pci\"");
    assertThat(p.result().byRule("VMDP206")).isEmpty();
  }
}
