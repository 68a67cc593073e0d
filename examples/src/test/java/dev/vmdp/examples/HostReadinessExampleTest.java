package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostReadinessExampleTest {
  @TempDir Path dir;

  @Test
  void provesTheIommuAndFindsThePendingRebootAndThePulledDevice() {
    ExampleFiles.copyTo(dir, "readiness", "modules.txt", "modules-bios-off.txt", "esx.conf", "esxcli-pci-list.txt");

    Printed<Report> p = Printed.run(out -> HostReadinessExample.run(dir, out));

    assertThat(p.text()).contains("IOMMU active: module vtddmar (").contains("modules.txt:5)");
    Report report = p.result();
    assertThat(report.byRule("VMDP103")).isEmpty();
    assertThat(report.byRule("VMDP104")).isEmpty();
    assertThat(report.byRule("VMDP105")).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("address", "0000:03:00.0").containsEntry("configured", "true")
          .containsEntry("active", "false");
    });
    assertThat(report.byRule("VMDP106")).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("address", "0000:04:00.0"));
    assertThat(p.text()).contains("VMDP105 ERROR 0000:03:00.0: passthrough configured but not active")
        .contains("VMDP106 ERROR 0000:04:00.0:")
        .contains("bios-off host: VMDP103 ERROR: IOMMU not enabled");
  }
}
