package dev.vmdp.console.shell;

import java.util.Set;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Light syntax highlighting while typing: Java keywords bold, string and character literals
 * green, comments faint, a console command's name bold cyan. A lexical pass only (no parse), so it
 * costs nothing noticeable per key.
 */
final class ConsoleHighlighter implements Highlighter {
  static final AttributedStyle KEYWORD = AttributedStyle.BOLD;
  static final AttributedStyle LITERAL = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);

  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "new", "null", "package",
      "private", "protected", "public", "record", "return", "short", "static", "super", "switch",
      "this", "throw", "throws", "true", "false", "try", "var", "void", "volatile", "while", "yield");

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    return highlight(buffer);
  }

  /** Highlights the buffer; the text itself is unchanged. */
  static AttributedString highlight(String buffer) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    if (ConsoleParser.isCommandLine(buffer)) {
      int start = buffer.indexOf('/');
      int end = buffer.indexOf(' ', start);
      end = end < 0 ? buffer.length() : end;
      sb.append(buffer.substring(0, start)).styled(COMMAND, buffer.substring(start, end)).append(buffer.substring(end));
      return sb.toAttributedString();
    }
    int i = 0;
    int n = buffer.length();
    while (i < n) {
      char c = buffer.charAt(i);
      int end;
      if (c == '"' || c == '\'') {
        end = endOfLiteral(buffer, i, c);
        sb.styled(LITERAL, buffer.substring(i, end));
      } else if (buffer.startsWith("//", i)) {
        end = buffer.indexOf('\n', i);
        end = end < 0 ? n : end;
        sb.styled(COMMENT, buffer.substring(i, end));
      } else if (buffer.startsWith("/*", i)) {
        end = buffer.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        sb.styled(COMMENT, buffer.substring(i, end));
      } else if (Character.isJavaIdentifierStart(c)) {
        end = i + 1;
        while (end < n && Character.isJavaIdentifierPart(buffer.charAt(end))) {
          end++;
        }
        String word = buffer.substring(i, end);
        sb.styled(KEYWORDS.contains(word) ? KEYWORD : AttributedStyle.DEFAULT, word);
      } else {
        end = i + 1;
        sb.append(c);
      }
      i = end;
    }
    return sb.toAttributedString();
  }

  /** The index after a string or character literal opened at {@code start} (or the line's end). */
  private static int endOfLiteral(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return s.length();
  }
}
