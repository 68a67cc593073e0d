package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.OutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleCompleterTest {
  @TempDir
  static Path dir;

  private static Evaluator evaluator;
  private static ConsoleCompleter completer;

  @BeforeAll
  static void startEngine() throws Exception {
    Files.createDirectories(dir.resolve("vms"));
    Files.writeString(dir.resolve("vms/rhel3.vmx"), "");
    Files.writeString(dir.resolve("setup.jsh"), "");
    Files.writeString(dir.resolve(".hidden.jsh"), "");
    evaluator = new Evaluator(System.getProperty("java.class.path"), StartupImports.IMPORTS);
    Session session = new Session(evaluator, new PrintWriter(new StringWriter()),
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), BuiltinCommands.all(), dir);
    completer = new ConsoleCompleter(session);
  }

  @AfterAll
  static void stopEngine() {
    evaluator.close();
  }

  private static List<String> values(String buffer) {
    return completer.candidates(buffer, buffer.length()).stream().map(ConsoleCompleter.Suggestion::value).toList();
  }

  @Test
  void offersTypesForAPartialIdentifier() {
    assertThat(values("Str")).contains("String", "StringBuilder", "StrictMath");
    assertThat(ConsoleParser.word("Str", 3)).isEqualTo("Str");
  }

  @Test
  void offersMembersAfterADot() {
    assertThat(values("\"abc\".len")).containsExactly("length()");
    assertThat(ConsoleParser.word("\"abc\".len", 9)).isEqualTo("len");
  }

  @Test
  void offersStartupImportedSdkTypes() {
    assertThat(values("PciAddr")).contains("PciAddress");
  }

  @Test
  void completesInsideTheLastSnippetOfAMultiLineBuffer() {
    assertThat(values("int f(int x) {\n  String name = \"a\";\n  return name.isEm")).contains("isEmpty()");
  }

  @Test
  void offersConsoleCommandsAfterASlash() {
    assertThat(values("/")).containsExactly(
        "/help", "/vars", "/load", "/exit", "/open", "/check", "/fix", "/diff", "/save", "/undo");
    assertThat(values("/l")).containsExactly("/load");
    assertThat(values("/open ")).containsExactly("setup.jsh", "vms/");
  }

  @Test
  void offersFileNamesAfterLoad() {
    assertThat(values("/load ")).containsExactly("setup.jsh", "vms/");
    assertThat(values("/load vms/")).containsExactly("vms/rhel3.vmx");
    assertThat(values("/load .h")).containsExactly(".hidden.jsh");
    assertThat(ConsoleParser.word("/load vms/rh", 12)).isEqualTo("vms/rh");
  }

  @Test
  void offersNothingForAnUnknownCommand() {
    assertThat(values("/nope x")).isEmpty();
  }
}
