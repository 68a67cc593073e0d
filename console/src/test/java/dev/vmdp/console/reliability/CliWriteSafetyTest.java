package dev.vmdp.console.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.GuideSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that save ({@code vmx set}, {@code vmx unset}, {@code check --fix}) under a running
 * VM's lock folder, with and without {@code --force}, and what a save keeps: line endings,
 * permissions and the previous bytes in {@code FILE.bak}. {@code @Timeout} is a hang guard only.
 */
class CliWriteSafetyTest {
  @TempDir
  Path dir;

  /** The guide's VM, CRLF, with half its memory reserved: {@code check --fix} has a fix (VMDP305). */
  private Path underReservedCrlf() throws Exception {
    String vmx = new String(GuideSample.vmx(), StandardCharsets.UTF_8)
        .replace("sched.mem.minsize = \"512\"", "sched.mem.minsize = \"256\"").replace("\r\n", "\n").replace("\n", "\r\n");
    Path file = Files.writeString(dir.resolve("rhel3.vmx"), vmx);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    return file;
  }

  @Test
  @Timeout(60)
  void everySavingCommandIsRefusedWhileTheVmIsRunning() throws Exception {
    Path file = underReservedCrlf();
    byte[] before = Files.readAllBytes(file);
    Path lock = Files.createDirectory(dir.resolve("rhel3.vmx.lck"));
    String expected = file + ": the VM is running (" + lock + " exists); power it off, or save with force";
    for (String[] line : new String[][] {
        {"vmx", "set", file.toString(), "memsize", "1024"},
        {"vmx", "unset", file.toString(), "memsize"},
        {"check", "--fix", "--esx", "4.0", file.toString()}}) {
      Cli.Result r = Cli.vmdp(line);
      assertThat(r.code()).as(String.join(" ", line) + ": " + r.err()).isEqualTo(2);
      assertThat(r.errLines()).containsExactly(expected);
      CliBadInputTest.assertNoTrace(r);
      assertThat(Files.readAllBytes(file)).isEqualTo(before);
      assertThat(dir.resolve("rhel3.vmx.bak")).doesNotExist();
    }
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rhel3.vmx", "rhel3.vmx.lck");
    }
  }

  @Test
  @Timeout(60)
  void aForcedSaveKeepsLineEndingsPermissionsAndTheBackup() throws Exception {
    Path file = underReservedCrlf();
    String before = Files.readString(file);
    Files.createDirectory(dir.resolve("rhel3.vmx.lck"));
    Cli.Result r = Cli.vmdp("vmx", "set", "--force", file.toString(), "memsize", "1024");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(file)).isEqualTo(before.replace("memsize = \"512\"\r\n", "memsize = \"1024\"\r\n"));
    assertThat(Files.readString(dir.resolve("rhel3.vmx.bak"))).isEqualTo(before);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
  }

  @Test
  @Timeout(60)
  void checkFixSavesAMinimalCrlfEditAndNoBackupWhenAskedNot() throws Exception {
    Path file = underReservedCrlf();
    String before = Files.readString(file);
    Cli.Result r = Cli.vmdp("check", "--fix", "--esx", "4.0", file.toString());
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    String after = Files.readString(file);
    assertThat(after).contains("sched.mem.minsize = \"512\"\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    assertThat(Files.readString(dir.resolve("rhel3.vmx.bak"))).isEqualTo(before);
    Cli.Result again = Cli.vmdp("vmx", "set", "--no-backup", file.toString(), "memsize", "1024");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(dir.resolve("rhel3.vmx.bak"))).as("the backup of the first save stays").isEqualTo(before);
  }

  /**
   * Issue #18: {@code check --fix FOLDER} rewrote a running VM whose name holds the byte 0xE9 (not
   * UTF-8), because its {@code FILE.lck} was looked for under another name; under the POSIX locale
   * (cron, {@code env -i}) it failed with an internal error. In this JVM (UTF-8 names) and in one
   * started with {@code LC_ALL=C}, the save is refused while the lock folder exists, and made,
   * with a backup of the same name, once it is gone.
   */
  @Test
  @Timeout(120)
  void checkFixOfAFolderRefusesARunningVmWhoseNameIsNotUtf8InEveryLocale() throws Exception {
    Path file = underReservedCrlf();
    Path latin1 = Path.of(java.net.URI.create(dir.toUri() + "vm%E9.vmx"));
    Files.move(file, latin1);
    byte[] before = Files.readAllBytes(latin1);
    Path lock = Files.createDirectory(Path.of(java.net.URI.create(dir.toUri() + "vm%E9.vmx.lck")));
    Cli.Result inProcess = Cli.vmdp("check", "--fix", "--esx", "4.0", dir.toString());
    assertThat(inProcess.code()).as(inProcess.err()).isEqualTo(2);
    assertThat(inProcess.err()).contains("the VM is running");
    assertThat(posixCheckFix()).contains("the VM is running").doesNotContain("internal error");
    assertThat(Files.readAllBytes(latin1)).isEqualTo(before);
    Files.delete(lock);
    assertThat(posixCheckFix()).doesNotContain("internal error").doesNotContain("running");
    assertThat(Files.readAllBytes(latin1)).isNotEqualTo(before);
    assertThat(Files.readAllBytes(Path.of(java.net.URI.create(dir.toUri() + "vm%E9.vmx.bak")))).isEqualTo(before);
  }

  /** {@code vmdp check --fix --esx 4.0 DIR} in a JVM of its own under the POSIX locale; its stderr. */
  private String posixCheckFix() throws Exception {
    Path err = dir.resolveSibling(dir.getFileName() + ".err");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), dev.vmdp.console.Main.class.getName(),
        "check", "--fix", "--esx", "4.0", dir.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    try {
      return Files.readString(err, StandardCharsets.UTF_8) + " (exit " + p.exitValue() + ")";
    } finally {
      Files.delete(err);
    }
  }
}
