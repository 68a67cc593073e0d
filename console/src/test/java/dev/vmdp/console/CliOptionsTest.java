package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.GuideSample;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --severity}, {@code --fail-on}, {@code --disable} and {@code --config} / {@code .vmdp.yaml}. */
class CliOptionsTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();
  private Path vmx;

  /** The guide's VMX with too little memory reserved: one ERROR (VMDP305), two WARNINGs (VMDP205), one INFO (VMDP104). */
  @BeforeEach
  void underReserved() throws Exception {
    String text = new String(GuideSample.vmx(), java.nio.charset.StandardCharsets.UTF_8)
        .replace("sched.mem.minsize = \"512\"", "sched.mem.minsize = \"256\"");
    vmx = Files.writeString(dir.resolve("rhel3.vmx"), text);
    cli.cwd(dir);
  }

  @Test
  void severityShowsThatSeverityAndAboveAndSaysWhatItLeftOut() {
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--severity", "error")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).contains("ERROR VMDP305").doesNotContain("WARNING").doesNotContain("INFO")
        .endsWith("1 file checked: 1 error, 0 warnings, 0 infos (2 warnings, 1 info not shown)\n");
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--severity", "Warning", "--format", "gcc"))
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out().lines()).hasSize(3).noneMatch(l -> l.contains(": note: "));
  }

  @Test
  void failOnSetsTheSeverityThatMakesTheExitCodeOne() {
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--fail-on", "never")).isEqualTo(ExitCode.OK);
    Path clean = dir.resolve("clean.vmx");
    assertThat(cli.vmdp("check", "--fix", vmx.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0")).as("warnings only").isEqualTo(ExitCode.OK);
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--fail-on", "warning")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--fail-on", "info", "--severity", "error"))
        .as("fails on what it does not show").isEqualTo(ExitCode.FINDINGS);
    assertThat(clean).doesNotExist();
  }

  @Test
  void disableTurnsRulesOffAndRefusesUnknownIds() {
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--disable", "vmdp305,VMDP205")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).doesNotContain("VMDP305").doesNotContain("VMDP205").contains("INFO VMDP104");
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--disable", "vmdp305,VMDP205", "--disable", "VMDP104"))
        .isEqualTo(ExitCode.OK);
    assertThat(cli.out()).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 infos\n");
    assertThat(cli.vmdp("check", vmx.toString(), "--disable", "VMDP999")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).isEqualTo("vmdp: invalid value for option '--disable': unknown rule ID 'VMDP999' (vmdp rules "
        + "lists them)\nTry 'vmdp check --help' for usage.\n");
  }

  @Test
  void theNearestConfigSetsVersionDisabledRulesSeveritiesAndPolicy() throws Exception {
    Path repo = dir.resolve("repo");
    Path vms = Files.createDirectories(repo.resolve("vms/lab"));
    Files.writeString(repo.resolve(".vmdp.yaml"), "esx: \"4.0\"\n"
        + "disable: [VMDP104]\n"
        + "severity:\n  VMDP305: warning\n"
        + "policy:\n  supportedDevices: [\"12ab:3456\"]\n");
    Path file = Files.copy(vmx, vms.resolve("rhel3.vmx"));
    assertThat(cli.cwd(vms).vmdp("check", file.toString())).as(cli.err()).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("WARNING VMDP305").doesNotContain("VMDP104").doesNotContain("assumed ESX")
        .contains("VMDP205 device 78cd:6543").doesNotContain("VMDP205 device 12ab:3456");
    assertThat(cli.vmdp("check", file.toString(), "--disable", "VMDP205")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).as("--disable adds to the config's").doesNotContain("VMDP205").doesNotContain("VMDP104")
        .contains("VMDP305");
    assertThat(cli.vmdp("check", file.toString(), "--esx", "6.7")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).as("--esx wins over the config's esx").doesNotContain("ESX 4.0");
  }

  @Test
  void anExplicitConfigWinsAndGuestsGetTheirFamily() throws Exception {
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).as("guestOS \"linux\" has no family vmdp knows").doesNotContain("VMDP308");
    Files.writeString(dir.resolve(".vmdp.yaml"), "disable: [VMDP308]\n");
    Path other = Files.writeString(dir.resolve("ci.yaml"), "policy:\n  guests: {linux: linux-2.4}\n");
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--config", other.toString())).isEqualTo(ExitCode.FINDINGS);
    // the site's "linux" is a 2.4 kernel, which drives devices in IOAPIC mode: physical MSI is then VMDP308;
    // the nearer .vmdp.yaml, which would disable it, is not read
    assertThat(cli.out()).contains("WARNING VMDP308 pciPassthru0 uses physical MSI").contains("VMDP305");
  }

  @Test
  void aBadConfigIsOneLocatedLineWithExitTwo() throws Exception {
    Files.writeString(dir.resolve(".vmdp.yaml"), "esx: \"4.0\"\ndisabel: [VMDP104]\n");
    assertThat(cli.vmdp("check", vmx.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith(".vmdp.yaml:2:1: unknown key 'disabel'").endsWith("\n");
    assertThat(cli.err().lines()).hasSize(1);
    Files.writeString(dir.resolve(".vmdp.yaml"), "severity:\n  VMDP999: info\n");
    assertThat(cli.vmdp("map", "check", vmx.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).isEqualTo(".vmdp.yaml:2:12: unknown rule ID 'VMDP999' (vmdp rules lists them)\n");
    Files.writeString(dir.resolve(".vmdp.yaml"), "policy:\n  guests: {rhel3: windows-3.1}\n");
    assertThat(cli.vmdp("check", vmx.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith(".vmdp.yaml:2:19: not a guest family: 'windows-3.1' (want one of windows-nt, ");
  }

  @Test
  void planTakesTheSharedOptions() throws Exception {
    Path lspci = Files.writeString(dir.resolve("lspci.txt"), "00:01.0 PCI bridge [0604]: Intel Root Port [8086:6f02]\n"
        + "\tBus: primary=00, secondary=01, subordinate=01, sec-latency=0\n"
        + "\tCapabilities: [60] Express (v2) Root Port (Slot+), MSI 00\n"
        + "01:00.0 VGA compatible controller [0300]: NVIDIA TU104GL [10de:1eb8]\n"
        + "\tCapabilities: [60] Express (v2) Legacy Endpoint, MSI 00\n"
        + "\t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0\n\t\t\tExtTag+ RBE+ FLReset+\n"
        + "01:00.1 Audio device [0403]: NVIDIA TU104 HD Audio [10de:10f8]\n"
        + "\tCapabilities: [60] Express (v2) Endpoint, MSI 00\n"
        + "\t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0\n\t\t\tExtTag+ RBE+ FLReset-\n");
    Path map = Files.writeString(dir.resolve("passthru.map"), "10de ffff bridge false\n");
    String[] split = {"plan", "--lspci", lspci.toString(), "--map", map.toString(), "--assign", "a=01:00.0", "--assign",
        "b=01:00.1"};
    assertThat(cli.vmdp(split)).isEqualTo(ExitCode.FINDINGS);
    String[] gcc = java.util.stream.Stream.concat(java.util.Arrays.stream(split), java.util.stream.Stream.of("--format", "GCC"))
        .toArray(String[]::new);
    assertThat(cli.vmdp(gcc)).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out().lines()).anyMatch(l -> l.endsWith("[VMDP401]") && l.contains(": error: "));
    String[] disabled = java.util.stream.Stream.concat(java.util.Arrays.stream(split),
        java.util.stream.Stream.of("--disable", "VMDP401,VMDP402", "--fail-on", "error")).toArray(String[]::new);
    assertThat(cli.vmdp(disabled)).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).doesNotContain("VMDP401").contains("not feasible as planned");
  }
}
