package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleTest {
  @TempDir
  Path dir;

  private int exitCode;

  /** Runs a console over a dumb terminal with the given keystrokes; returns what it printed. */
  private String session(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exitCode = Console.builder()
        .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)
        .historyFile(dir.resolve("history"))
        .workingDirectory(dir)
        .build()
        .run();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheBannerNamingHelp() {
    assertThat(session("/exit\n")).startsWith(Console.BANNER).contains("/help");
  }

  @Test
  void evaluatesAnExpression() {
    assertThat(session("1 + 1\n/exit\n")).contains("$1 ==> 2");
    assertThat(exitCode).isZero();
  }

  @Test
  void evaluatesAMultiLineSnippet() {
    String out = session("int twice(int x) {\n  return 2 * x;\n}\ntwice(21)\n/exit\n");
    assertThat(out)
        .contains("created method twice(int)")
        .contains("==> 42");
  }

  @Test
  void completesAPartialIdentifierWithTab() {
    assertThat(session("Integer.MAX_VAL\t\n/exit\n")).contains("==> 2147483647");
  }

  @Test
  void completesTheCommonPrefixOfSeveralCandidates() {
    // StrictMath, String, StringBuilder...: Tab extends "Str" to their common prefix "Stri".
    assertThat(session("Str\t\n/exit\n")).contains("cannot find symbol\n    Stri\n");
  }

  @Test
  void completesConsoleCommandsAndScriptNames() throws Exception {
    Files.writeString(dir.resolve("setup-host.jsh"), "int fromScript = 42;\n");
    assertThat(session("/lo\tsetup-h\t\nfromScript\n/exit\n")).contains("fromScript ==> 42");
  }

  @Test
  void keepsTheSessionAfterASnippetThrows() {
    String out = session("1 / 0\nthrow new IllegalStateException(\"no host\");\n40 + 2\n/exit\n");
    assertThat(out)
        .contains("error: ArithmeticException: / by zero")
        .contains("error: IllegalStateException: no host")
        .contains("==> 42")
        .doesNotContain("\tat ");
  }

  @Test
  void reportsACompileErrorWithItsPosition() {
    String out = session("int x = \"text\";\nx\n/exit\n");
    assertThat(out).contains("error: incompatible types").contains("^");
  }

  @Test
  void exitStopsReadingInput() {
    String out = session("/exit\n1 + 1\n");
    assertThat(out).doesNotContain("==> 2");
    assertThat(exitCode).isZero();
  }

  @Test
  void endOfInputEndsTheSessionLikeCtrlD() {
    assertThat(session("6 * 7\n")).contains("==> 42");
    assertThat(exitCode).isZero();
  }

  @Test
  void refusesSystemExitAndKeepsRunning() {
    String out = session("System.exit(3);\nRuntime.getRuntime().halt(4);\nvoid quit() { System.exit(5); }\nquit()\n"
        + "1 + 2\n/exit\n");
    assertThat(out)
        .contains("created method quit()")
        .contains("error: System.exit, Runtime.exit and Runtime.halt are disabled in the console: use /exit")
        .contains("==> 3");
  }

  @Test
  void seesTheModelPackagesAndJavaNioFileWithoutImports() {
    String out = session("PciAddress.class.getName()\nPath.of(\"a\").getFileName()\n/exit\n");
    assertThat(out).contains("\"dev.vmdp.model.pci.PciAddress\"").contains("==> a");
  }

  @Test
  void snippetOutputReachesTheConsole() {
    assertThat(session("System.out.println(\"hello from a snippet\");\n/exit\n"))
        .contains("hello from a snippet");
  }

  @Test
  void listsVariablesAndCommands() {
    String out = session("String host = \"esx01\";\n/vars\n/help\n/exit\n");
    assertThat(out)
        .contains("String host = \"esx01\"")
        .contains("/load SCRIPT")
        .contains("/vars")
        .contains("/exit");
  }

  @Test
  void reportsAnUnknownCommandAndGoesOn() {
    assertThat(session("/nope\n1 + 1\n/exit\n"))
        .contains("error: unknown command /nope: type /help for the list")
        .contains("==> 2");
  }

  @Test
  void loadsAScriptIntoTheSession() throws Exception {
    Files.writeString(dir.resolve("setup.jsh"), "int base = 40;\nint more() {\n  return base + 2;\n}\n");
    assertThat(session("/load setup.jsh\nmore()\n/exit\n")).contains("==> 42");
  }

  @Test
  void loadStopsAtTheFailingLineOfTheScript() throws Exception {
    Files.writeString(dir.resolve("broken.jsh"), "int a = 1;\n\nint b = 1 / 0;\nint c = 3;\n");
    String out = session("/load broken.jsh\nc\n/exit\n");
    assertThat(out).contains("broken.jsh:3: ArithmeticException: / by zero").contains("cannot find symbol");
  }

  @Test
  void dropsAnUnfinishedSnippetWhenACommandIsTyped() {
    String out = session("foo(\n/vars\n/exit\n");
    assertThat(out).contains("error: incomplete snippet dropped: foo(").contains("no variables");
  }

  @Test
  void keepsTheHistoryInTheGivenFile() throws Exception {
    session("int remembered = 1;\n/exit\n");
    assertThat(Files.readString(dir.resolve("history"))).contains("int remembered = 1;");
  }

  @Test
  void runsAnAddedCommand() {
    ConsoleCommand pwd = new ConsoleCommand() {
      @Override
      public String name() {
        return "/pwd";
      }

      @Override
      public String usage() {
        return "/pwd";
      }

      @Override
      public String summary() {
        return "print the working directory";
      }

      @Override
      public void run(String arguments, ConsoleContext context) {
        context.out().println("cwd=" + context.workingDirectory().getFileName());
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console.builder()
        .streams(new ByteArrayInputStream("/pwd\n/help\n".getBytes(StandardCharsets.UTF_8)), out)
        .historyFile(dir.resolve("history"))
        .workingDirectory(dir)
        .command(pwd)
        .build()
        .run();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("cwd=" + dir.getFileName())
        .contains("print the working directory");
  }
}
