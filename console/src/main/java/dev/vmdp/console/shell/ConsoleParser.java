package dev.vmdp.console.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when the typed text is complete: while JShell reports the last snippet as
 * incomplete, Enter adds a line (JLine shows the continuation prompt) instead of accepting it.
 * For completion, the word is the identifier being typed, or the command or argument on a
 * command line.
 */
final class ConsoleParser implements Parser {
  private final Session session;

  ConsoleParser(Session session) {
    this.session = session;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !isCommandLine(currentLine(line, line.length()))) {
      List<Chunk> chunks = Chunk.split(line, session.evaluator().analysis());
      if (!chunks.isEmpty() && chunks.get(chunks.size() - 1).kind() == Chunk.Kind.INCOMPLETE) {
        throw new EOFError(-1, -1, "incomplete snippet", "snippet");
      }
    }
    return new Line(line, cursor, word(line, cursor));
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false; // Java source keeps its backslashes
  }

  /** The text of the line the cursor is on, up to the cursor. */
  static String currentLine(String buffer, int cursor) {
    String before = buffer.substring(0, cursor);
    return before.substring(before.lastIndexOf('\n') + 1);
  }

  /** Whether a line is a console command rather than Java. */
  static boolean isCommandLine(String line) {
    String s = line.stripLeading();
    return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
  }

  /** The word completion replaces: the command or argument, or the Java identifier part. */
  static String word(String buffer, int cursor) {
    String current = currentLine(buffer, cursor);
    if (isCommandLine(current)) {
      String s = current.stripLeading();
      return s.substring(s.lastIndexOf(' ') + 1);
    }
    int start = current.length();
    while (start > 0 && Character.isJavaIdentifierPart(current.charAt(start - 1))) {
      start--;
    }
    return current.substring(start);
  }

  /** A parsed line with one word: the one being completed. */
  private static final class Line implements CompletingParsedLine {
    private final String line;
    private final int cursor;
    private final String word;

    Line(String line, int cursor, String word) {
      this.line = line;
      this.cursor = cursor;
      this.word = word;
    }

    @Override
    public String word() {
      return word;
    }

    @Override
    public int wordCursor() {
      return word.length();
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(word);
    }

    @Override
    public String line() {
      return line;
    }

    @Override
    public int cursor() {
      return cursor;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return word.length();
    }

    @Override
    public int rawWordLength() {
      return word.length();
    }
  }
}
