package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code vmdp check FOLDER}: streamed file by file, in path order; a file that cannot be read is
 * one line on standard error and exit 2 while the others are checked; {@code --fix} saves file
 * by file; every format is one document however many parts it was written in.
 */
class CheckFleetTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();
  private Path fleet;

  /** An ESXi 7.0 U3 VM (HW 19, EFI, root-port layout) with one GPU passed through, its memory reserved or not. */
  private static String gpuVm(String name, String address, boolean reserved) {
    return """
        .encoding = "UTF-8"
        config.version = "8"
        virtualHW.version = "19"
        vmci0.present = "TRUE"
        numvcpus = "4"
        memSize = "16384"
        firmware = "efi"
        scsi0.virtualDev = "pvscsi"
        scsi0.present = "TRUE"
        scsi0:0.fileName = "%1$s.vmdk"
        scsi0:0.present = "TRUE"
        ethernet0.virtualDev = "vmxnet3"
        ethernet0.networkName = "VM Network"
        ethernet0.present = "TRUE"
        displayName = "%1$s"
        guestOS = "ubuntu-64"
        %2$spciPassthru0.id = "%3$s"
        pciPassthru0.deviceId = "0x1eb8"
        pciPassthru0.vendorId = "0x10de"
        pciPassthru0.systemId = "60f8b1b2-7d2e-8c14-2b3a-3cecef0a1b2c"
        pciPassthru0.present = "TRUE"
        pciPassthru.use64bitMMIO = "TRUE"
        pciPassthru.64bitMMIOSizeGB = "64"
        pciBridge0.present = "TRUE"
        svga.present = "TRUE"
        pciBridge4.present = "TRUE"
        pciBridge4.virtualDev = "pcieRootPort"
        pciBridge4.functions = "8"
        pciBridge5.present = "TRUE"
        pciBridge5.virtualDev = "pcieRootPort"
        pciBridge5.functions = "8"
        pciBridge6.present = "TRUE"
        pciBridge6.virtualDev = "pcieRootPort"
        pciBridge6.functions = "8"
        pciBridge7.present = "TRUE"
        pciBridge7.virtualDev = "pcieRootPort"
        pciBridge7.functions = "8"
        pciBridge0.pciSlotNumber = "17"
        pciBridge4.pciSlotNumber = "21"
        pciBridge5.pciSlotNumber = "22"
        pciBridge6.pciSlotNumber = "23"
        pciBridge7.pciSlotNumber = "24"
        scsi0.pciSlotNumber = "160"
        ethernet0.pciSlotNumber = "192"
        pciPassthru0.pciSlotNumber = "256"
        vmci0.pciSlotNumber = "32"
        """.formatted(name, reserved ? "sched.mem.min = \"16384\"\nsched.mem.minSize = \"16384\"\nsched.mem.pin = \"TRUE\"\n"
        : "", address);
  }

  @BeforeEach
  void writeFleet() throws Exception {
    fleet = Files.createDirectories(dir.resolve("vmfs"));
    Files.createDirectories(fleet.resolve("ds1/ml01"));
    Files.writeString(fleet.resolve("ds1/ml01/ml01.vmx"), gpuVm("ml01", "00000:059:00.0", false));
    Files.writeString(fleet.resolve("ml02.vmx"), gpuVm("ml02", "00000:059:00.0", true));
    Files.writeString(fleet.resolve("ml03.vmx"), gpuVm("ml03", "00000:175:00.0", false));
  }

  private JsonNode json() {
    return CliFormatsTest.JSON.readTree(cli.out());
  }

  @Test
  void jsonOfAFolderIsOneDocumentInPathOrderWithTheFindingsBetweenFiles() {
    assertThat(cli.vmdp("check", fleet.toString(), "--esx", "7.0U3", "--format", "json")).isEqualTo(ExitCode.FINDINGS);
    JsonNode json = json();
    assertThat(json.get("inputs").valueStream().map(JsonNode::asString)).containsExactly(
        fleet.resolve("ds1/ml01/ml01.vmx").toString(), fleet.resolve("ml02.vmx").toString(),
        fleet.resolve("ml03.vmx").toString());
    List<String> rules = json.get("findings").valueStream().map(f -> f.get("rule").asString()).toList();
    // ml01 and ml02 want one GPU: VMDP207 comes from the check over every VM, after the files' findings.
    assertThat(rules).contains("VMDP207", "VMDP305");
    assertThat(rules.lastIndexOf("VMDP305")).isLessThan(rules.indexOf("VMDP207"));
    List<String> files = json.get("findings").valueStream().filter(f -> f.has("location"))
        .filter(f -> f.get("rule").asString().equals("VMDP305"))
        .map(f -> f.get("location").get("file").asString()).distinct().toList();
    assertThat(files).containsExactly(fleet.resolve("ds1/ml01/ml01.vmx").toString(), fleet.resolve("ml03.vmx").toString());
    assertThat(json.get("summary").get("errors").asInt())
        .isEqualTo((int) json.get("findings").valueStream().filter(f -> f.get("severity").asString().equals("ERROR")).count());
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void sarifOfAFolderListsEveryRuleThatFiredOnceAndIndexesIt() {
    cli.vmdp("check", fleet.toString(), "--esx", "7.0U3", "--format", "sarif");
    JsonNode run = json().get("runs").get(0);
    List<String> ruleIds = run.get("tool").get("driver").get("rules").valueStream().map(r -> r.get("id").asString())
        .toList();
    assertThat(ruleIds).doesNotHaveDuplicates().contains("VMDP207", "VMDP305");
    run.get("results").valueStream().forEach(r ->
        assertThat(ruleIds.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asString()));
    assertThat(run.get("artifacts")).hasSize(3);
  }

  @Test
  void aFileThatCannotBeReadIsOneLineAndExitTwoAndTheOthersAreChecked() throws Exception {
    // Above the 16 MiB input limit: refused with a placed error, not read.
    Files.write(fleet.resolve("ds1/broken.vmx"), new byte[17 * 1024 * 1024]);
    assertThat(cli.vmdp("check", fleet.toString(), "--esx", "7.0U3", "--format", "gcc")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err().lines().toList()).singleElement().asString().startsWith(fleet.resolve("ds1/broken.vmx") + ":");
    assertThat(cli.out()).contains(fleet.resolve("ml03.vmx") + ":").contains("[VMDP207]");
  }

  @Test
  void fixSavesEachFileAsItIsCheckedAndSaysSo() throws Exception {
    assertThat(cli.vmdp("check", "--fix=VMDP305", fleet.toString(), "--esx", "7.0U3")).isIn(ExitCode.OK,
        ExitCode.FINDINGS);
    assertThat(cli.out())
        .contains("fixed VMDP305 vm ml01: set sched.mem.min = \"16384\"")
        .contains("  saved " + fleet.resolve("ds1/ml01/ml01.vmx") + " (previous version in "
            + fleet.resolve("ds1/ml01/ml01.vmx.bak") + ")")
        .contains("2 fix(es) applied; saved 2 file(s).");
    assertThat(Files.readString(fleet.resolve("ml03.vmx"), StandardCharsets.UTF_8)).contains("sched.mem.min = \"16384\"");
    assertThat(fleet.resolve("ml02.vmx.bak")).doesNotExist();
    // Checked again, the files have nothing left to fix.
    assertThat(cli.vmdp("check", "--fix=VMDP305", "--dry-run", fleet.toString(), "--esx", "7.0U3"))
        .isIn(ExitCode.OK, ExitCode.FINDINGS);
    assertThat(cli.out()).contains("No fix to apply for VMDP305.");
  }
}
