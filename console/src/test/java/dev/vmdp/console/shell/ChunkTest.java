package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.console.shell.Chunk.Kind;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkTest {
  private static JShell shell;
  private static SourceCodeAnalysis analysis;

  @BeforeAll
  static void start() {
    shell = JShell.builder().executionEngine("local").build();
    analysis = shell.sourceCodeAnalysis();
  }

  @AfterAll
  static void stop() {
    shell.close();
  }

  @Test
  void splitsSnippetsAndTracksTheirLines() {
    String script = "int a = 1;\n\nint twice(int x) {\n  return 2 * x;\n}\nint b = twice(a); int c = 3;\n";
    List<Chunk> chunks = Chunk.split(script, analysis);
    assertThat(chunks).extracting(Chunk::line).containsExactly(1, 3, 6, 6);
    assertThat(chunks).extracting(Chunk::kind).containsOnly(Kind.SNIPPET);
    assertThat(chunks.get(1).text()).startsWith("int twice(int x) {").endsWith("}");
  }

  @Test
  void keepsAContinuationLineWithItsSnippet() {
    List<Chunk> chunks = Chunk.split("var n = List.of(1, 2)\n    .size();\nn\n", analysis);
    assertThat(chunks).extracting(Chunk::line).containsExactly(1, 3);
  }

  @Test
  void skipsCommentsWhenCountingLines() {
    List<Chunk> chunks = Chunk.split("// setup\n/* a\n   block */\nint a = 1;\n", analysis);
    assertThat(chunks).containsExactly(new Chunk(Kind.SNIPPET, "int a = 1;", 4));
  }

  @Test
  void treatsASlashLineAsACommand() {
    List<Chunk> chunks = Chunk.split("int a = 1;\n  /load other.jsh  \nint b = 2;\n", analysis);
    assertThat(chunks).extracting(Chunk::kind).containsExactly(Kind.SNIPPET, Kind.COMMAND, Kind.SNIPPET);
    assertThat(chunks.get(1)).isEqualTo(new Chunk(Kind.COMMAND, "/load other.jsh", 2));
    assertThat(chunks.get(2).line()).isEqualTo(3);
  }

  @Test
  void marksAnUnfinishedSnippetAtTheEnd() {
    List<Chunk> chunks = Chunk.split("int a = 1;\nvoid f() {\n", analysis);
    assertThat(chunks).extracting(Chunk::kind).containsExactly(Kind.SNIPPET, Kind.INCOMPLETE);
    assertThat(chunks.get(1).line()).isEqualTo(2);
  }

  @Test
  void takesAnExpressionWithoutSemicolon() {
    assertThat(Chunk.split("1 + 1\n", analysis)).containsExactly(new Chunk(Kind.SNIPPET, "1 + 1", 1));
  }

  @Test
  void yieldsNothingForBlankInput() {
    assertThat(Chunk.split(" \n\n// only a comment\n", analysis)).isEmpty();
  }
}
