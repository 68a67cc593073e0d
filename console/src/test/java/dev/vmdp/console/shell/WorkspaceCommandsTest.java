package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.GuideSample;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /open, /check, /fix, /diff, /undo and /save over a dumb terminal. */
class WorkspaceCommandsTest {
  @TempDir
  Path dir;

  private String session(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console.builder()
        .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)
        .historyFile(dir.resolve("history"))
        .workingDirectory(dir)
        .build()
        .run();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The guide's VM with only half its memory reserved (VMDP305). */
  private void underReserved() throws Exception {
    String vmx = new String(GuideSample.vmx(), StandardCharsets.UTF_8)
        .replace("sched.mem.minsize = \"512\"", "sched.mem.minsize = \"256\"");
    Files.writeString(dir.resolve("rhel3.vmx"), vmx);
  }

  @Test
  void opensAVmxAndBindsItsDocumentToAVariable() throws Exception {
    underReserved();
    String out = session("/open rhel3.vmx\nrhel3.get(\"memsize\").orElseThrow()\n/exit\n");
    assertThat(out).contains("RHEL3: virtualHW 7, 512 MB, 2 passthrough device(s) -> variable rhel3")
        .contains("==> \"512\"");
  }

  @Test
  void checksFixesShowsTheDiffUndoesAndSaves() throws Exception {
    underReserved();
    String out = session("/open rhel3.vmx\n/check\n/fix VMDP305\n/undo\n/diff\n/fix\n/save\n/exit\n");
    assertThat(out).contains("VMDP305").contains("1 file checked: 1 error, ");
    assertThat(out).contains("-sched.mem.minsize = \"256\"\n+sched.mem.minsize = \"512\"\n");
    assertThat(out).contains("undone: set sched.mem.minsize = \"512\" (" + dir.resolve("rhel3.vmx") + ")\n")
        .contains("no changes").contains("saved " + dir.resolve("rhel3.vmx") + " (previous version in "
            + dir.resolve("rhel3.vmx.bak") + ")\n")
        .doesNotContain("unsaved changes");
    assertThat(Files.readString(dir.resolve("rhel3.vmx"))).contains("sched.mem.minsize = \"512\"");
    assertThat(Files.readString(dir.resolve("rhel3.vmx.bak"))).contains("sched.mem.minsize = \"256\"");
  }

  @Test
  void undoSaysWhatItTookBackOneFixAtATime() throws Exception {
    underReserved();
    String out = session("/open rhel3.vmx\n/undo\n/fix VMDP305\n/undo\n/undo\n/exit\n");
    assertThat(out).containsSubsequence("nothing to undo", "fixed VMDP305",
        "undone: set sched.mem.minsize = \"512\" (" + dir.resolve("rhel3.vmx") + ")", "nothing to undo");
  }

  /** The issue: Ctrl-D after /fix exited 0 and dropped the change without a word. */
  @Test
  void warnsBeforeLeavingWithUnsavedChangesAndLeavesOnTheSecondAsk() throws Exception {
    underReserved();
    String exitTwice = session("/open rhel3.vmx\n/fix VMDP305\n/exit\n1 + 1\n/exit\n");
    assertThat(exitTwice).containsSubsequence("unsaved changes: " + dir.resolve("rhel3.vmx")
        + ". /save keeps them, /diff shows them; /exit or Ctrl-D again leaves without saving.",
        "==> 2", "left without saving: " + dir.resolve("rhel3.vmx"));
    String endOfInput = session("/open rhel3.vmx\n/fix VMDP305\n");
    assertThat(endOfInput).contains("unsaved changes: ").contains("left without saving: ");
    assertThat(Files.readString(dir.resolve("rhel3.vmx"))).contains("sched.mem.minsize = \"256\"");
    String saved = session("/open rhel3.vmx\n/fix VMDP305\n/save\n");
    assertThat(saved).doesNotContain("unsaved changes");
    String untouched = session("/open rhel3.vmx\n/exit\n2 + 2\n");
    assertThat(untouched).doesNotContain("unsaved changes").doesNotContain("==> 4");
  }

  @Test
  void varsShowWhichVmADocumentIsAndWhatTheWorkspaceHolds() throws Exception {
    underReserved();
    String out = session("/open rhel3.vmx\n/fix VMDP305\n/vars\n/save\n");
    assertThat(out).contains("  dev.vmdp.dsl.Workspace ws = Workspace[" + dir.resolve("rhel3.vmx") + "; changed: "
        + dir.resolve("rhel3.vmx") + "]\n")
        .contains("  dev.vmdp.io.vmx.VmxDocument rhel3 = vm RHEL3, " + dir.resolve("rhel3.vmx") + ", ")
        .doesNotContain("Workspace@");
  }

  @Test
  void completesVmxKeysOfAnOpenDocument() throws Exception {
    underReserved();
    // Tab after rhel3.get("sched.mem.mi completes the key of the open document.
    String out = session("/open rhel3.vmx\nrhel3.get(\"sched.mem.mi\t\").orElseThrow()\n/exit\n");
    assertThat(out).contains("==> \"256\"");
  }

  @Test
  void commandsNeedAnOpenFileAndNameUnknownOnes() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "");
    String out = session("/check\n/open notes.txt\n/exit\n");
    assertThat(out).contains("nothing is open: /open FILE first");
    assertThat(out).contains("notes.txt:1:1: not a host file vmdp reads");
  }
}
