package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsoleParserTest {
  private static Evaluator evaluator;
  private static ConsoleParser parser;

  @BeforeAll
  static void startEngine() {
    evaluator = new Evaluator(System.getProperty("java.class.path"), StartupImports.IMPORTS);
    Session session = new Session(evaluator, new PrintWriter(new StringWriter()),
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), BuiltinCommands.all(), Path.of(""));
    parser = new ConsoleParser(session);
  }

  @AfterAll
  static void stopEngine() {
    evaluator.close();
  }

  @Test
  void asksForAContinuationLineWhileTheSnippetIsIncomplete() {
    assertThatThrownBy(() -> parser.parse("int f(int x) {", 14, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThatThrownBy(() -> parser.parse("int f(int x) {\n  return x;", 25, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThatThrownBy(() -> parser.parse("String s = \"\"\"", 14, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
  }

  @Test
  void acceptsACompleteSnippetOrACommand() {
    String method = "int f(int x) {\n  return x;\n}";
    assertThat(parser.parse(method, method.length(), ParseContext.ACCEPT_LINE).line()).isEqualTo(method);
    assertThat(parser.parse("1 + 1", 5, ParseContext.ACCEPT_LINE).line()).isEqualTo("1 + 1");
    assertThat(parser.parse("/load x(", 8, ParseContext.ACCEPT_LINE).line()).isEqualTo("/load x(");
  }

  @Test
  void keepsBackslashesOfJavaSource() {
    assertThat(parser.isEscapeChar('\\')).isFalse();
  }
}
