package dev.vmdp.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a file that a fix adds, replaces or removes, as the file's binding wrote it, with a
 * description rendered from the line itself ({@code set sched.mem.minsize = "512"}, {@code add
 * "8086 10c6 d3d0 default"}). A fix's text is made of its edits, so it can never name another key
 * or line than the diff shows.
 *
 * <p>Line numbers are 1-based and count lines of the file as it was before the fix: a
 * {@link Kind#REPLACE} or {@link Kind#REMOVE} names the line it changes, an {@link Kind#ADD} the
 * line the new one is inserted before ({@code lineCount + 1} appends it).
 *
 * <pre>{@code
 * Edit e = Edit.builder().file("rhel3.vmx").kind(Edit.Kind.REPLACE).line(12)
 *     .oldText("sched.mem.minsize = \"256\"").newText("sched.mem.minsize = \"512\"")
 *     .description("set sched.mem.minsize = \"512\"")
 *     .build();
 * e.toString();   // rhel3.vmx:12: set sched.mem.minsize = "512"
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Edit {

  /** What an edit does to its line. */
  public enum Kind {
    /** A new line, inserted before {@link #line()}. */
    ADD,
    /** The line's text is replaced; its terminator stays. */
    REPLACE,
    /** The line goes, with its terminator. */
    REMOVE
  }

  /** The file as the user named it; empty for a document held in memory without a name. */
  public abstract String file();

  /** What the edit does. */
  public abstract Kind kind();

  /** The 1-based line in the file before the fix (for {@link Kind#ADD}: the line it goes before). */
  public abstract int line();

  /** The line as it was, without its terminator; empty for {@link Kind#ADD}. */
  public abstract Optional<String> oldText();

  /** The line as written, without its terminator; empty for {@link Kind#REMOVE}. */
  public abstract Optional<String> newText();

  /**
   * What the edit does in the file's own terms, one line without a trailing period: {@code set
   * pciPassthru0.msiEnabled = "FALSE"}, {@code remove sched.mem.max}, {@code add "10de ffff bridge
   * false"}.
   */
  public abstract String description();

  /** Renders as {@code file:line: description}. */
  @Override
  public String toString() {
    return (file().isEmpty() ? "" : file() + ":") + line() + ": " + description();
  }

  @Value.Check
  void check() {
    if (line() < 1) {
      throw new IllegalStateException("Edit line must be >= 1 (1-based), was " + line());
    }
    boolean wantsOld = kind() != Kind.ADD;
    boolean wantsNew = kind() != Kind.REMOVE;
    if (oldText().isPresent() != wantsOld || newText().isPresent() != wantsNew) {
      throw new IllegalStateException("Edit " + kind() + " must have " + (wantsOld ? "an" : "no") + " oldText and "
          + (wantsNew ? "a" : "no") + " newText (line " + line() + ")");
    }
    if (description().isBlank() || description().endsWith(".")) {
      throw new IllegalStateException("Edit description must be one line without a trailing period, was '"
          + description() + "'");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Edit} values. */
  public static final class Builder extends ImmutableEdit.Builder {}
}
