package dev.vmdp.io.passthrumap;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.host.PassthruMapEntry;
import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link PassthruMapDocument}, as read: an entry, a comment, a blank line, or an
 * invalid line kept as is.
 *
 * <p>A line is a view with its 1-based number in the document it came from; the document keeps
 * the bytes. {@link #text()} is the line decoded as UTF-8 (bytes that are not UTF-8 show as
 * U+FFFD), without its terminator.
 *
 * <pre>{@code
 * for (PassthruMapLine line : doc.lines()) {
 *   if (line instanceof PassthruMapLine.Entry e) {
 *     System.out.println(e.number() + ": " + e.entry());
 *   }
 * }
 * }</pre>
 */
public sealed interface PassthruMapLine
    permits PassthruMapLine.Entry, PassthruMapLine.Comment, PassthruMapLine.Blank, PassthruMapLine.Invalid {

  /** The 1-based line number. */
  int number();

  /** The line without its terminator, decoded as UTF-8. */
  String text();

  /** How the line ends: {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or {@code ""} for a last line without one. */
  String terminator();

  /**
   * A line with four valid fields, possibly indented and followed by a comment.
   *
   * @param number the 1-based line number
   * @param text the line without its terminator
   * @param terminator how the line ends
   * @param entry the entry, whose {@link PassthruMapEntry#source()} names this line
   */
  record Entry(int number, String text, String terminator, PassthruMapEntry entry) implements PassthruMapLine {
    /** Checks the components. */
    public Entry {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(terminator, "terminator");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /**
   * A line holding only a comment (and blanks).
   *
   * @param number the 1-based line number
   * @param text the line without its terminator
   * @param terminator how the line ends
   */
  record Comment(int number, String text, String terminator) implements PassthruMapLine {
    /** Checks the components. */
    public Comment {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(terminator, "terminator");
    }
  }

  /**
   * An empty line, or one of spaces and tabs only.
   *
   * @param number the 1-based line number
   * @param text the line without its terminator
   * @param terminator how the line ends
   */
  record Blank(int number, String text, String terminator) implements PassthruMapLine {
    /** Checks the components. */
    public Blank {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(terminator, "terminator");
    }
  }

  /**
   * A line that is not a valid entry (VMDP501-503); kept byte for byte.
   *
   * @param number the 1-based line number
   * @param text the line without its terminator
   * @param terminator how the line ends
   * @param diagnostics what is wrong, each with the line and the column of the bad field
   */
  record Invalid(int number, String text, String terminator, List<Diagnostic> diagnostics)
      implements PassthruMapLine {
    /** Checks the components and copies the list. */
    public Invalid {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(terminator, "terminator");
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
