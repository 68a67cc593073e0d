package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.console.shell.ScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every console script in {@code examples/scripts} as {@code vmdp run} does. */
class ScriptsTest {
  static final Path SCRIPTS = Path.of("scripts");

  @TempDir Path dir;

  /** The exit code and what the script printed on its two streams. */
  record Run(int code, String out, String err) {}

  static Run run(String script, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScriptRunner.run(SCRIPTS.resolve(script), List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertThat(r.code()).as("exit code of %s, stderr: %s", script, r.err()).isZero();
    return r;
  }

  @Test
  void everyScriptHasATest() throws IOException {
    try (Stream<Path> s = Files.list(SCRIPTS)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("guide-sample.jsh",
          "add-device.jsh", "wrong-pcie.jsh", "broadcom-msi.jsh", "passthru-map.jsh", "reset-plan.jsh", "host-readiness.jsh",
          "fleet-check.jsh", "site-policy.jsh");
    }
  }

  @Test
  void guideSampleChecksCleanAndPrintsTheVmx() {
    Run r = run("guide-sample.jsh");
    assertThat(r.out()).contains("0 errors, 0 warnings, 1 info", "INFO VMDP104",
        "pciPassthru0.id = \"03:00.0\"", "pciPassthru1.msiEnabled = \"FALSE\"", "pciBridge7.functions = \"8\"");
  }

  @Test
  void addDeviceShowsTheNewEntryWithoutSaving() throws IOException {
    ExampleFiles.copyTo(dir, "adddevice", "db01.vmx", "lspci.txt");
    byte[] before = Files.readAllBytes(dir.resolve("db01.vmx"));
    Run r = run("add-device.jsh", dir.toString(), "0000:04:00.0");
    assertThat(r.out()).contains("+pciPassthru1.id = \"04:00.0\"", "+pciPassthru1.pciSlotNumber = \"192\"")
        .doesNotContain("VMDP205 device 1000:0058");
    assertThat(dir.resolve("db01.vmx")).hasBinaryContent(before);
  }

  @Test
  void wrongPcieDiagnosesTheLogAndFixesTheVm() {
    ExampleFiles.copyTo(dir, "wrongpcie", "vmware.log", "scanner01.vmx", "lspci.txt");
    Run r = run("wrong-pcie.jsh", dir.toString());
    assertThat(r.out()).contains("VMDP701 line 5: device 016:00.0 is marked wrong PCIe",
        "VMDP206 0000:10:00.0: set pciPassthru0.virtualDev = \"pci\"", "+pciPassthru0.virtualDev = \"pci\"");
  }

  @Test
  void broadcomMsiSetsIoapicMode() {
    ExampleFiles.copyTo(dir, "broadcom", "w2k8-app.vmx");
    Run r = run("broadcom-msi.jsh", dir.toString());
    assertThat(r.out()).contains("VMDP306 Broadcom 57711 in Windows 2008", "+pciPassthru0.msiEnabled = \"FALSE\"",
        "left: 0 errors, 0 warnings");
  }

  @Test
  void passthruMapPrintsTheSiteMapAndLintsTheOldOne() {
    ExampleFiles.copyTo(dir, "passthrumap", "lspci.txt", "old-passthru.map");
    Run r = run("passthru-map.jsh", dir.toString());
    assertThat(r.out()).contains("1077 2532 default false\n", "10de ffff bridge false\n",
        "ERROR VMDP503 unknown fptShareable value 'fasle'", "ERROR VMDP501", "ERROR VMDP502");
  }

  @Test
  void resetPlanKeepsTheGpuAndItsAudioTogether() {
    ExampleFiles.copyTo(dir, "reset", "lspci.txt", "passthru.map");
    Run r = run("reset-plan.jsh", dir.toString());
    assertThat(r.out()).contains("0000:01:00.0  bridge", "0000:04:00.0  flr",
        "+ 0000:01:00.1 must join it", "+ 0000:04:00.1 must join it", "VMDP402", "VMDP403");
  }

  @Test
  void hostReadinessFindsThePendingRebootAndThePulledDevice() {
    ExampleFiles.copyTo(dir, "readiness", "modules.txt", "esx.conf", "esxcli-pci-list.txt");
    Run r = run("host-readiness.jsh", dir.toString());
    assertThat(r.out()).contains("uuid 4a7c8e1f-0b3d-5e6f-9a2b-3c4d5e6f7a8b",
        "VMDP105 ERROR 0000:03:00.0: passthrough configured but not active", "VMDP106 ERROR 0000:04:00.0")
        .doesNotContain("VMDP103", "VMDP104");
  }

  @Test
  void fleetCheckPrintsTheJsonReport() {
    ExampleFiles.copyTo(dir, "fleet", "inventory.yaml", "esx01/lspci.txt", "esx01/modules.txt",
        "vms/rhel3.vmx", "vms/w2k8-app.vmx", "vms/db02.vmx");
    Run r = run("fleet-check.jsh", dir.toString());
    assertThat(r.out()).contains("\"rule\":\"VMDP305\"", "\"rule\":\"VMDP306\"",
        "\"summary\":{\"errors\":1,\"warnings\":1,\"infos\":0}", "3 VMs: 1 error, 1 warning, 0 infos");
  }

  @Test
  void sitePolicyAddsSite001() {
    Run r = run("site-policy.jsh");
    assertThat(r.out()).contains("ERROR SITE001 device 78cd:6543 is not on the site's approved list",
        "INFO VMDP205").doesNotContain("VMDP104", "VMDP505", "SITE001 device 12ab:3456");
  }
}
