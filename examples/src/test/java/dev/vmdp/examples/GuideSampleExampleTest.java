package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideSampleExampleTest {
  @TempDir Path dir;

  @Test
  void buildsTheSampleWritesItsVmxAndFixesWhatTheFileCheckFinds() throws Exception {
    ExampleFiles.copyTo(dir, "guide", "lspci.txt");

    Printed<Report> p = Printed.run(out -> GuideSampleExample.run(dir, out));

    // in memory: the DSL VM has no error; the RHEL3 guest wants IOAPIC mode on the Intel NIC
    assertThat(p.text()).contains("in memory:\n")
        .contains("WARNING VMDP308 pciPassthru0 uses physical MSI")
        .contains("0 errors, 1 warning, 1 info");
    // the written entries, in the ESX 4.x forms
    assertThat(p.text()).contains("pciPassthru0.id = \"03:00.0\"", "pciPassthru0.vendorId = \"8086\"",
        "pciPassthru0.pciSlotNumber = \"160\"", "pciPassthru1.id = \"02:00.0\"",
        "pciPassthru1.deviceId = \"164f\"", "pciPassthru1.pciSlotNumber = \"192\"",
        "pciPassthru1.msiEnabled = \"FALSE\"",
        "pciPassthru0.systemId = \"48c4619b-6d58-18db-2a0e-000423d1e6f6\"");
    // the workspace code applies the one fix and saves it
    assertThat(p.text()).contains("+pciPassthru0.msiEnabled = \"FALSE\"");
    String saved = Files.readString(dir.resolve("rhel3.vmx"), StandardCharsets.UTF_8);
    assertThat(saved).contains("pciPassthru0.msiEnabled = \"FALSE\"").contains("memsize = \"512\"");
    assertThat(dir.resolve("rhel3.vmx.bak")).exists();
    assertThat(p.result().hasErrors()).isFalse();
    assertThat(p.result().byRule("VMDP308")).isEmpty();
    assertThat(p.text()).contains("from the file:\n").endsWith("0 errors, 0 warnings, 1 info\n");
  }
}
