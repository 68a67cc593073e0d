package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EvaluatorTest {
  private static Evaluator evaluator;
  private static final PrintStream OUT = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @BeforeAll
  static void start() {
    evaluator = new Evaluator(System.getProperty("java.class.path"),
        List.of("import java.nio.file.*;", "import dev.vmdp.no.such.pkg.*;", "import dev.vmdp.model.*;"));
  }

  @AfterAll
  static void stop() {
    evaluator.close();
  }

  @Test
  void skipsStartupImportsThatAreNotOnTheClassPath() {
    assertThat(evaluator.activeImports()).containsExactly("import java.nio.file.*;", "import dev.vmdp.model.*;");
  }

  @Test
  void reportsTheLineOfACompileErrorWithinTheSnippet() {
    Evaluator.Outcome outcome = evaluator.eval("void f() {\n  int x = 1;\n  String s = x;\n}", OUT);
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.errorLine()).isEqualTo(3);
    assertThat(outcome.errorColumn()).isEqualTo(14);
    assertThat(outcome.error()).contains("incompatible types");
  }

  @Test
  void reportsTheLineOfAnExceptionWithinTheSnippet() {
    Evaluator.Outcome outcome = evaluator.eval("{\n  int zero = 0;\n  int y = 1 / zero;\n}", OUT);
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.error()).isEqualTo("ArithmeticException: / by zero");
    assertThat(outcome.errorLine()).isEqualTo(3);
  }

  @Test
  void printsOnlyTheMessageOfAVmdpException() {
    Evaluator.Outcome outcome = evaluator.eval("throw new VmdpException(\"rhel3.vmx: no such file\");", OUT);
    assertThat(outcome.error()).isEqualTo("rhel3.vmx: no such file");
  }

  @Test
  void namesTheMissingDeclarationOfAnUnresolvedReference() {
    evaluator.eval("int usesMissing() { return missingHelper(); }", OUT);
    Evaluator.Outcome outcome = evaluator.eval("usesMissing()", OUT);
    assertThat(outcome.error()).contains("usesMissing").contains("missingHelper");
  }

  @Test
  @Timeout(120) // guards against a hang only; nothing here measures time
  void stopInterruptsARunningSnippet() throws Exception {
    CompletableFuture<Evaluator.Outcome> running = CompletableFuture.supplyAsync(() -> evaluator.eval(
        "{ dev.vmdp.console.shell.SnippetSignal.STARTED.countDown(); while (true) { } }", OUT));
    SnippetSignal.STARTED.await();
    evaluator.stop();
    Evaluator.Outcome outcome = running.get();
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.error()).isEqualTo("stopped (Ctrl-C)");
    assertThat(evaluator.eval("1 + 1", OUT).feedback()).anyMatch(f -> f.endsWith("==> 2"));
  }
}
