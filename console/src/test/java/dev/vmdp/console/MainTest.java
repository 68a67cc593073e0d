package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int vmdp(String input, Map<String, String> env, String... args) {
    return Main.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        env::get, args);
  }

  private int vmdp(String... args) {
    return vmdp("", Map.of(), args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path script(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void runsAScriptWithItsArguments() throws Exception {
    Path file = script("hello.jsh", "System.out.println(\"hello \" + String.join(\"+\", args));\n");
    assertThat(vmdp("run", file.toString(), "esx01", "--verbose", "a \"quoted\" arg")).isEqualTo(ExitCode.OK);
    assertThat(out()).isEqualTo("hello esx01+--verbose+a \"quoted\" arg\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void stopsAScriptAtTheFirstFailingSnippetWithExitOne() throws Exception {
    Path file = script("fail.jsh", "System.out.println(\"one\");\n\nint x = 1 / 0;\nSystem.out.println(\"never\");\n");
    assertThat(vmdp("run", file.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(out()).isEqualTo("one\n");
    assertThat(err()).isEqualTo(file + ":3: ArithmeticException: / by zero\n");
  }

  @Test
  void reportsACompileErrorOfAScriptWithItsLine() throws Exception {
    Path file = script("typo.jsh", "int a = 1;\nvoid f() {\n  int n = \"text\";\n}\n");
    assertThat(vmdp("run", file.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(err()).startsWith(file + ":3: incompatible types").doesNotContain("\tat ");
  }

  @Test
  void runsConsoleCommandsInAScript() throws Exception {
    script("lib.jsh", "String greet(String who) { return \"hi \" + who; }\n");
    Path file = script("main.jsh", "/load " + dir.resolve("lib.jsh")
        + "\nSystem.out.println(greet(\"esx\"));\n/exit\nSystem.out.println(\"after exit\");\n");
    assertThat(vmdp("run", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out()).isEqualTo("hi esx\n");
  }

  @Test
  void refusesSystemExitInAScript() throws Exception {
    Path file = script("exit.jsh", "System.exit(0);\n");
    assertThat(vmdp("run", file.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(err()).contains(file + ":1: System.exit").contains("use /exit");
  }

  @Test
  void reportsAnUnfinishedSnippetAtTheEndOfAScript() throws Exception {
    Path file = script("open.jsh", "int a = 1;\nvoid f() {\n  a++;\n");
    assertThat(vmdp("run", file.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(err()).isEqualTo(file + ":2: incomplete snippet at the end of the script\n");
  }

  @Test
  void exitsWithTwoOnAMissingScript() {
    Path missing = dir.resolve("missing.jsh");
    assertThat(vmdp("run", missing.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err()).isEqualTo(missing + ": no such file\n");
  }

  @Test
  void exitsWithTwoAndAHintOnBadUsage() {
    assertThat(vmdp("run")).isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("vmdp: Missing required parameter: 'SCRIPT'").contains("Try 'vmdp run --help' for usage.");
    assertThat(err().lines()).hasSize(2);
  }

  @Test
  void exitsWithTwoOnAnUnknownSubcommandOrOption() {
    assertThat(vmdp("frobnicate")).isEqualTo(ExitCode.USAGE);
    assertThat(err()).contains("Unmatched argument").contains("Try 'vmdp --help' for usage.");
  }

  @Test
  void printsHelpAndVersion() {
    assertThat(vmdp("--help")).isZero();
    assertThat(out()).contains("console").contains("run");
    out.reset();
    assertThat(vmdp("--version")).isZero();
    assertThat(out()).startsWith("vmdp ");
  }

  @Test
  void startsTheConsoleWithoutArgumentsOrWithConsole() {
    assertThat(vmdp("20 + 22\n/exit\n", Map.of())).isZero();
    assertThat(out()).contains("/help").contains("==> 42");
    out.reset();
    assertThat(vmdp("1 + 2\n", Map.of(), "console")).isZero();
    assertThat(out()).contains("==> 3");
    assertThat(err()).isEmpty();
  }

  @Test
  void printsAVmdpExceptionAsOneLineWithExitTwo() {
    CommandLine commandLine = new CommandLine(CommandLine.Model.CommandSpec.create());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    commandLine.setErr(new java.io.PrintWriter(buffer, true, StandardCharsets.UTF_8));
    int code = new ErrorHandler(name -> null).handleExecutionException(
        new dev.vmdp.model.VmdpException(dev.vmdp.model.SourceRef.of("rhel3.vmx", 12, 5), "bad key", "x y = 1", null),
        commandLine, null);
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("rhel3.vmx:12:5: bad key\n");
  }

  @Test
  void printsAnInternalErrorWithoutTraceUnlessDebugging() {
    CommandLine commandLine = new CommandLine(CommandLine.Model.CommandSpec.create());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    commandLine.setErr(new java.io.PrintWriter(buffer, true, StandardCharsets.UTF_8));
    IllegalStateException bug = new IllegalStateException("boom");

    assertThat(new ErrorHandler(name -> null).handleExecutionException(bug, commandLine, null)).isEqualTo(2);
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .startsWith("vmdp: internal error: java.lang.IllegalStateException: boom\n")
        .doesNotContain("\tat ");

    buffer.reset();
    new ErrorHandler(name -> name.equals("VMDP_DEBUG") ? "1" : null).handleExecutionException(bug, commandLine, null);
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("\tat ");
  }
}
