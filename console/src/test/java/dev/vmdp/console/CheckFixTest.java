package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.dsl.GuideSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vmdp check --fix: the minimal diff, a safe save, and a file that then checks clean. */
class CheckFixTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();

  @Test
  void fixesTheReservationShowsTheDiffAndTheFileThenChecksClean() throws Exception {
    String vmx = new String(GuideSample.vmx(), StandardCharsets.UTF_8)
        .replace("sched.mem.minsize = \"512\"", "sched.mem.minsize = \"256\"");
    Path file = Files.writeString(dir.resolve("rhel3.vmx"), vmx);
    assertThat(cli.vmdp("check", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).contains("ERROR VMDP305");

    assertThat(cli.vmdp("check", "--fix", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("-sched.mem.minsize = \"256\"\n+sched.mem.minsize = \"512\"\n")
        .contains("fixed VMDP305 vm RHEL3: set sched.mem.minsize = \"512\"\n")
        // The guide's guestOS "linux" is no reason to turn MSI off (issue #16): VMDP305 is the only fix.
        .doesNotContain("VMDP308")
        .contains("saved 1 file(s)").doesNotContain("ERROR VMDP305");
    assertThat(Files.readString(file)).isEqualTo(new String(GuideSample.vmx(), StandardCharsets.UTF_8));
    assertThat(Files.readString(dir.resolve("rhel3.vmx.bak"))).isEqualTo(vmx);

    assertThat(cli.vmdp("check", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).doesNotContain("VMDP305").doesNotContain("VMDP308");
  }

  private Path underReserved() throws Exception {
    String vmx = new String(GuideSample.vmx(), StandardCharsets.UTF_8)
        .replace("sched.mem.minsize = \"512\"", "sched.mem.minsize = \"256\"");
    return Files.writeString(dir.resolve("rhel3.vmx"), vmx);
  }

  @Test
  void fixWithIdsAppliesOnlyThoseRulesFixesAndNamesTheBackup() throws Exception {
    Path file = underReserved();
    String before = Files.readString(file);
    assertThat(cli.vmdp("check", "--fix=vmdp305", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("fixed VMDP305 vm RHEL3: set sched.mem.minsize = \"512\"\n")
        .doesNotContain("fixed VMDP308")
        .contains("  saved " + file + " (previous version in " + file + ".bak)\n");
    assertThat(Files.readString(file)).isEqualTo(before.replace("\"256\"", "\"512\"")).doesNotContain("msiEnabled");
    assertThat(Files.readString(dir.resolve("rhel3.vmx.bak"))).isEqualTo(before);
    assertThat(cli.vmdp("check", "--fix=VMDP305,VMDP999", file.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith("vmdp: invalid value for option '--fix': unknown rule ID 'VMDP999'");
  }

  @Test
  void dryRunPrintsTheDiffAndWritesNothing() throws Exception {
    Path file = underReserved();
    byte[] before = Files.readAllBytes(file);
    assertThat(cli.vmdp("check", "--fix", "--dry-run", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("would fix VMDP305 vm RHEL3: set sched.mem.minsize = \"512\"\n")
        .contains("-sched.mem.minsize = \"256\"\n+sched.mem.minsize = \"512\"\n")
        .contains(cli.out().lines().filter(l -> l.startsWith("would fix ")).count()
            + " fix(es) would be applied; nothing written (--dry-run).").doesNotContain("saved");
    assertThat(file).hasBinaryContent(before);
    assertThat(dir.resolve("rhel3.vmx.bak")).doesNotExist();
    assertThat(cli.vmdp("check", "--dry-run", file.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith("vmdp: --dry-run goes with --fix\n");
    assertThat(cli.vmdp("check", "--force", file.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith("vmdp: --force goes with --fix\n");
  }

  @Test
  void forceSavesDespiteTheLockOfARunningVm() throws Exception {
    Path file = underReserved();
    String before = Files.readString(file);
    Files.createDirectory(dir.resolve("rhel3.vmx.lck"));
    assertThat(cli.vmdp("check", "--fix", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).isEqualTo(file + ": the VM is running (" + dir.resolve("rhel3.vmx.lck")
        + " exists); power it off, or save with force\n");
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(cli.vmdp("check", "--fix", "--force", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(file)).contains("sched.mem.minsize = \"512\"");
    assertThat(cli.out()).contains("(previous version in " + file + ".bak)");
  }

  @Test
  void noBackupSavesWithoutTouchingTheBackup() throws Exception {
    Path file = underReserved();
    assertThat(cli.vmdp("check", "--fix", "--no-backup", file.toString(), "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("  saved " + file + " (no backup kept)\n");
    assertThat(dir.resolve("rhel3.vmx.bak")).doesNotExist();
  }

  @Test
  void aDashReadsTheVmxFromStandardInputAndFixWritesTheFixedFileToStandardOutput() throws Exception {
    Path file = underReserved();
    byte[] before = Files.readAllBytes(file);
    cli.stdin(before);
    assertThat(cli.vmdp("check", "-", "--esx", "4.0", "--format", "gcc")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).contains("<stdin>:").contains(": error: memory reservation 256 MB is below memsize 512 MB");

    assertThat(cli.vmdp("check", "--fix=VMDP305", "-", "--esx", "4.0")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).isEqualTo(new String(before, StandardCharsets.UTF_8).replace("\"256\"", "\"512\""));
    assertThat(cli.err()).contains("fixed VMDP305").contains("+sched.mem.minsize = \"512\"")
        .contains("the fixed file went to standard output").contains("1 file checked:");
    assertThat(file).hasBinaryContent(before);

    assertThat(cli.vmdp("check", "--fix", "-", file.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.vmdp("check", "-", "-")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith("vmdp: - (standard input) may be given once");
  }

  @Test
  void checksTheWholeCorpusFolderWithoutAnException() {
    Path corpus = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "vmx");
    assumeTrue(Files.isDirectory(corpus), "../shared/corpus/vmx not found: skipping the corpus-wide check");
    int code = cli.vmdp("check", "--format", "json", corpus.toString());
    assertThat(code).isIn(ExitCode.OK, ExitCode.FINDINGS);
    assertThat(cli.out()).startsWith("{\"findings\":[");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void anEmptyFolderIsAnErrorNotACleanCheck() throws Exception {
    Path empty = java.nio.file.Files.createDirectory(dir.resolve("empty"));
    assertThat(cli.vmdp("check", empty.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).isEqualTo(empty + ": no .vmx file below this folder\n");
  }

  @Test
  void aConfinedInventoryThatNamesAFileOutsideItsFolderIsRefusedAtThePath() throws Exception {
    Path lab = Files.createDirectories(dir.resolve("lab"));
    Files.writeString(dir.resolve("secret.txt"), "root:$6$hash:19000:0:99999:7:::\n");
    Path inv = Files.writeString(lab.resolve("inventory.yaml"), "hosts:\n  esx01:\n    moduleList: ../secret.txt\n");
    assertThat(cli.vmdp("check", "--inventory", inv.toString(), "--confine-inventory")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).isEqualTo(inv + ":3:17: '../secret.txt' (module list) is outside the inventory's folder "
        + lab + "; this inventory may only name files in that folder\n");
    // Unconfined, the file is read (and refused for what it holds, its content never quoted).
    assertThat(cli.vmdp("check", "--inventory", inv.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("secret.txt:1:1: not a module list").doesNotContain("$6$");
    assertThat(cli.vmdp("check", "--confine-inventory", "x.vmx")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith("vmdp: --confine-inventory goes with --inventory\n");
  }

  @Test
  void aBadInventoryIsOneLocatedLineWithExitTwo() throws Exception {
    Path inv = Files.writeString(dir.resolve("inventory.yaml"), "hosts:\n  esx01:\n    versoin: '4.0'\n");
    assertThat(cli.vmdp("check", "--inventory", inv.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith(inv + ":3:5: ").contains("versoin");
    assertThat(cli.err().lines()).hasSize(1);
  }
}
