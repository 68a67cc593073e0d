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
  void aBadInventoryIsOneLocatedLineWithExitTwo() throws Exception {
    Path inv = Files.writeString(dir.resolve("inventory.yaml"), "hosts:\n  esx01:\n    versoin: '4.0'\n");
    assertThat(cli.vmdp("check", "--inventory", inv.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).startsWith(inv + ":3:5: ").contains("versoin");
    assertThat(cli.err().lines()).hasSize(1);
  }
}
