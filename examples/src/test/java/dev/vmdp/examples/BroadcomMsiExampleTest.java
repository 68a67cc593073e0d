package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BroadcomMsiExampleTest {
  @TempDir Path dir;

  @Test
  void reportsVmdp306AndWritesMsiEnabledFalse() throws Exception {
    ExampleFiles.copyTo(dir, "broadcom", "w2k8-app.vmx");

    Printed<Report> p = Printed.run(out -> BroadcomMsiExample.run(dir, out));

    assertThat(p.text()).contains("VMDP306 WARNING vm w2k8-app pciPassthru0")
        .contains("device=Broadcom 57711 guest=Windows 2008 msiEnabled=absent")
        .contains("+pciPassthru0.msiEnabled = \"FALSE\"")
        .contains("after the fix: 0 VMDP306 findings, no errors");
    assertThat(Files.readString(dir.resolve("w2k8-app.vmx"), StandardCharsets.UTF_8))
        .contains("pciPassthru0.msiEnabled = \"FALSE\"");
    assertThat(p.result().byRule("VMDP306")).isEmpty();
    assertThat(p.result().hasErrors()).isFalse();
  }
}
