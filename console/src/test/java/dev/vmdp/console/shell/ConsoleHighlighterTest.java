package dev.vmdp.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class ConsoleHighlighterTest {

  private static AttributedStyle styleAt(AttributedString s, String text, String part) {
    return s.styleAt(text.indexOf(part));
  }

  @Test
  void keepsTheTextAndStylesKeywordsLiteralsAndComments() {
    String text = "var s = \"if \\\"x\\\"\"; // while\nint n = 'c';";
    AttributedString highlighted = ConsoleHighlighter.highlight(text);
    assertThat(highlighted.toString()).isEqualTo(text);
    assertThat(styleAt(highlighted, text, "var")).isEqualTo(ConsoleHighlighter.KEYWORD);
    assertThat(styleAt(highlighted, text, "if")).isEqualTo(ConsoleHighlighter.LITERAL);
    assertThat(highlighted.styleAt(text.indexOf("; //"))).isEqualTo(AttributedStyle.DEFAULT);
    assertThat(styleAt(highlighted, text, "while")).isEqualTo(ConsoleHighlighter.COMMENT);
    assertThat(styleAt(highlighted, text, "int")).isEqualTo(ConsoleHighlighter.KEYWORD);
    assertThat(styleAt(highlighted, text, "'c'")).isEqualTo(ConsoleHighlighter.LITERAL);
    assertThat(styleAt(highlighted, text, "s =")).isEqualTo(AttributedStyle.DEFAULT);
  }

  @Test
  void stylesTheNameOfAConsoleCommand() {
    AttributedString highlighted = ConsoleHighlighter.highlight("/load if.jsh");
    assertThat(highlighted.toString()).isEqualTo("/load if.jsh");
    assertThat(highlighted.styleAt(1)).isEqualTo(ConsoleHighlighter.COMMAND);
    assertThat(highlighted.styleAt(7)).isEqualTo(AttributedStyle.DEFAULT);
  }

  @Test
  void survivesAnUnterminatedLiteralOrComment() {
    assertThat(ConsoleHighlighter.highlight("\"abc").toString()).isEqualTo("\"abc");
    assertThat(ConsoleHighlighter.highlight("/* open").toString()).isEqualTo("/* open");
    assertThat(ConsoleHighlighter.highlight("\"a\\").toString()).isEqualTo("\"a\\");
  }
}
