package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetCheckExampleTest {
  @TempDir Path dir;

  @Test
  void checksEachVmAgainstItsHostAndWritesJson() throws Exception {
    ExampleFiles.copyTo(dir, "fleet", "inventory.yaml", "esx01/lspci.txt", "esx01/modules.txt",
        "vms/rhel3.vmx", "vms/w2k8-app.vmx", "vms/db02.vmx");

    Printed<Report> p = Printed.run(out -> FleetCheckExample.run(dir, out));

    Report fleet = p.result();
    assertThat(fleet.hasErrors()).isTrue();
    assertThat(fleet.byRule("VMDP305")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("vm db02");
      assertThat(f.facts()).containsEntry("memsize", "16384").containsEntry("reservation", "8192");
    });
    assertThat(fleet.byRule("VMDP306")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("vm w2k8-app pciPassthru0"));
    assertThat(fleet.findings()).noneMatch(f -> f.subject().startsWith("vm rhel3"));

    String json = Files.readString(dir.resolve("fleet-report.json"), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"findings\":[").contains("\"rule\":\"VMDP305\"", "\"rule\":\"VMDP306\"")
        .contains("\"summary\":{\"errors\":1,\"warnings\":1,\"infos\":0}");
    assertThat(p.text()).contains(json).contains("3 VMs: 1 error, 1 warning, 0 infos");
  }
}
