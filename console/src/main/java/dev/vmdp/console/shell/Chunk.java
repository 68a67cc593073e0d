package dev.vmdp.console.shell;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * One unit of console input: a Java snippet or a console command line, with the 1-based line it
 * starts on.
 *
 * @param kind what the chunk is
 * @param text the snippet source (a semicolon added where JShell adds one) or the command line
 * @param line the 1-based line of the input where the chunk starts
 */
record Chunk(Kind kind, String text, int line) {

  /** What a chunk is. */
  enum Kind {
    /** A complete Java snippet. */
    SNIPPET,
    /** A console command line such as {@code /load x.jsh}. */
    COMMAND,
    /** The unfinished snippet at the end of the input. */
    INCOMPLETE
  }

  /**
   * Splits input into chunks the way JShell's own tool splits a script: snippets by JShell's
   * source analysis (so one snippet may span lines and one line may hold several snippets), and a
   * line starting with {@code /} (not a comment) as a command. Blank input and comments yield no
   * chunk.
   */
  static List<Chunk> split(String input, SourceCodeAnalysis analysis) {
    List<Chunk> chunks = new ArrayList<>();
    String rest = input;
    int line = 1;
    while (true) {
      int start = skipBlanksAndComments(rest);
      line += count(rest, start);
      rest = rest.substring(start);
      if (rest.isEmpty()) {
        return chunks;
      }
      if (rest.charAt(0) == '/' && !rest.startsWith("/*")) {
        int end = rest.indexOf('\n');
        String command = (end < 0 ? rest : rest.substring(0, end)).strip();
        chunks.add(new Chunk(Kind.COMMAND, command, line));
        rest = end < 0 ? "" : rest.substring(end);
        continue;
      }
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      Completeness completeness = info.completeness();
      if (completeness == Completeness.DEFINITELY_INCOMPLETE) {
        chunks.add(new Chunk(Kind.INCOMPLETE, rest, line));
        return chunks;
      }
      if (completeness == Completeness.EMPTY) {
        return chunks;
      }
      String remaining = info.remaining();
      String source = info.source();
      if (completeness == Completeness.UNKNOWN || source == null || remaining == null) {
        // An error JShell cannot delimit: hand the rest to eval, which reports the diagnostic.
        chunks.add(new Chunk(Kind.SNIPPET, rest.stripTrailing(), line));
        return chunks;
      }
      String consumed = rest.substring(0, rest.length() - remaining.length());
      chunks.add(new Chunk(Kind.SNIPPET, source.stripTrailing(), line));
      line += count(consumed, consumed.length());
      rest = remaining;
    }
  }

  /** Index of the first character that is neither white space nor inside a comment. */
  static int skipBlanksAndComments(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        if (end < 0) {
          return i; // an unterminated comment: let JShell call it incomplete
        }
        i = end + 2;
      } else {
        return i;
      }
    }
    return i;
  }

  private static int count(String s, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
