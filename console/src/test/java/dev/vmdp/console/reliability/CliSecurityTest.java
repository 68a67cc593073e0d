package dev.vmdp.console.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command executes anything from its inputs, and {@code vmdp run} runs only the script it is
 * given: shell syntax in files and arguments stays text, scripts lying next to the inputs are not
 * run, and no child process is started. {@code @Timeout} is a hang guard only.
 */
class CliSecurityTest {
  @TempDir
  Path dir;

  private Path sentinel(String name) {
    return dir.resolve(name);
  }

  /** A script that would create the sentinel if it ran. */
  private Path trap(String fileName, String sentinel) throws Exception {
    return Files.writeString(dir.resolve(fileName),
        "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + sentinel(sentinel) + "\"));\n");
  }

  private static Set<Long> children() {
    return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  @Test
  @Timeout(60)
  void shellSyntaxInFilesIsNeverExecuted() throws Exception {
    String touch = "touch " + sentinel("pwned");
    Path vmx = Files.writeString(dir.resolve("evil.vmx"), Fixtures.VMX
        + "displayName = \"$(" + touch + ")\"\n"
        + "annotation = \"`" + touch + "`; " + touch + " | sh\"\n"
        + "pciPassthru0.id = \"03:00.0;" + touch + "\"\n");
    Path lspci = Files.writeString(dir.resolve("lspci.txt"), Fixtures.LSPCI + "$(" + touch + ")\n");
    Path map = Files.writeString(dir.resolve("passthru.map"), Fixtures.MAP + "8086 `" + touch + "` d3d0 default\n");
    Path log = Files.writeString(dir.resolve("vmware.log"), Fixtures.LOG + "2009-06-12T10:21:05Z| vmx| $(" + touch + ")\n");
    Set<Long> before = children();
    for (String[] line : new String[][] {
        {"check", vmx.toString(), "--lspci", lspci.toString(), "--map", map.toString(), "--fix"},
        {"check", "--format", "json", vmx.toString()},
        {"vmx", "get", vmx.toString(), "displayName"},
        {"vmx", "devices", vmx.toString()},
        {"vmx", "set", vmx.toString(), "annotation", "$(" + touch + ")"},
        {"map", "check", map.toString(), "--lspci", lspci.toString()},
        {"explain", "--log", log.toString()}}) {
      CliBadInputTest.assertNoTrace(Cli.vmdp(line));
    }
    assertThat(sentinel("pwned")).doesNotExist();
    assertThat(children()).isEqualTo(before);
    assertThat(Cli.vmdp("vmx", "get", vmx.toString(), "annotation").out()).isEqualTo("$(" + touch + ")\n");
  }

  @Test
  @Timeout(120)
  void runRunsOnlyTheNamedScriptAndItsArgumentsStayText() throws Exception {
    trap("startup.jsh", "startup-ran");
    trap("default.jsh", "default-ran");
    trap(".vmdprc", "rc-ran");
    trap("check.jsh", "check-ran");
    Path named = Files.writeString(dir.resolve("named.jsh"), "System.out.println(\"arg=\" + args[0]);\n");
    String injection = "\"); java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + sentinel("arg-ran") + "\")); (\"";
    Set<Long> before = children();
    Cli.Result r = Cli.vmdp("run", named.toString(), injection);
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("arg=" + injection + "\n");
    for (String s : new String[] {"startup-ran", "default-ran", "rc-ran", "check-ran", "arg-ran"}) {
      assertThat(sentinel(s)).doesNotExist();
    }
    assertThat(children()).isEqualTo(before);
  }

  @Test
  @Timeout(60)
  void checkingAFolderReadsItsVmxFilesAndNothingElse() throws Exception {
    trap("startup.jsh", "startup-ran");
    Files.writeString(dir.resolve("vm.vmx"), Fixtures.VMX);
    Cli.Result r = Cli.vmdp("check", "--format", "json", dir.toString());
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).startsWith("{\"findings\":");
    assertThat(sentinel("startup-ran")).doesNotExist();
  }

  @Test
  @Timeout(60)
  void anArgumentStartingWithAtIsTextNotAFileOfArguments() throws Exception {
    Path vmx = Files.writeString(dir.resolve("vm.vmx"), Fixtures.VMX);
    Path notes = Files.writeString(dir.resolve("notes.txt"), "--force --no-backup\n");
    Cli.Result r = Cli.vmdp("vmx", "set", vmx.toString(), "annotation", "@" + notes);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Cli.vmdp("vmx", "get", vmx.toString(), "annotation").out()).isEqualTo("@" + notes + "\n");
    assertThat(dir.resolve("vm.vmx.bak")).exists();
  }
}
