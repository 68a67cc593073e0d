package dev.vmdp.io.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.Edit;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The edits that turn one version of a document into another, from a line diff of the two (Myers'
 * algorithm, java-diff-utils, over what lies between the common first and last lines): the one way
 * every binding of sdk-io says what it wrote. Lines are aligned by their bytes and then compared
 * with their terminators too, so a changed line ending is an edit of its own line. Line numbers are
 * those of the old document; an {@link Edit.Kind#ADD} names the old line it goes before. A run of
 * changed lines pairs its old and new lines in order: paired lines are replaced, old lines left
 * over are removed, new lines left over are added after the run.
 *
 * <p>Each format describes its own edits ({@link Describer}: {@code set KEY = "VALUE"} for VMX);
 * what it does not describe gets the generic description {@code add "TEXT"},
 * {@code replace line 7 with "TEXT"} or {@code remove line 7 "TEXT"}, and a line whose only change
 * is its terminator {@code end line 7 with LF} (or {@code without a line break}).
 */
public final class LineDiff {
  private LineDiff() {}

  /**
   * One line of a document: its bytes without the terminator (a range of the document's array, not
   * a copy: a diff looks at every line of both versions), and the terminator.
   */
  public static final class Line {
    private final byte[] bytes;
    private final int start;
    private final int end;
    private final LineTerminator terminator;

    /**
     * A line of its own array.
     *
     * @param content the bytes without the terminator, not copied
     * @param terminator how the line ends
     */
    public Line(byte[] content, LineTerminator terminator) {
      this(content, 0, Objects.requireNonNull(content, "content").length, terminator);
    }

    /**
     * A line that is a range of a larger array.
     *
     * @param bytes the array, not copied (do not change it while the line is used)
     * @param start where the line starts
     * @param end where its content ends, before the terminator
     * @param terminator how the line ends
     */
    public Line(byte[] bytes, int start, int end, LineTerminator terminator) {
      this.bytes = Objects.requireNonNull(bytes, "bytes");
      Objects.checkFromToIndex(start, end, bytes.length);
      this.start = start;
      this.end = end;
      this.terminator = Objects.requireNonNull(terminator, "terminator");
    }

    /** The bytes without the terminator, as a copy. */
    public byte[] content() {
      return Arrays.copyOfRange(bytes, start, end);
    }

    /** The array the line is a range of (do not change it). */
    public byte[] bytes() {
      return bytes;
    }

    /** Where the line starts in {@link #bytes()}. */
    public int start() {
      return start;
    }

    /** Where its content ends in {@link #bytes()}, before the terminator. */
    public int end() {
      return end;
    }

    /** The number of bytes without the terminator. */
    public int length() {
      return end - start;
    }

    /** How the line ends. */
    public LineTerminator terminator() {
      return terminator;
    }

    boolean sameContent(Line other) {
      return Arrays.equals(bytes, start, end, other.bytes, other.start, other.end);
    }

    String text(Charset charset) {
      return new String(bytes, start, end - start, charset);
    }
  }

  /** Describes an edit in the terms of one format. */
  @FunctionalInterface
  public interface Describer {
    /**
     * The description of an edit.
     *
     * @param kind what the edit does
     * @param line the 1-based line of the old document it names
     * @param before the old line; null for {@link Edit.Kind#ADD}
     * @param after the new line; null for {@link Edit.Kind#REMOVE}
     * @return one line without a trailing period, or null for the generic description
     */
    String describe(Edit.Kind kind, int line, Line before, Line after);
  }

  /** The describer that leaves every edit its generic description. */
  public static final Describer GENERIC = (kind, line, before, after) -> null;

  /**
   * The edits between two versions of a document.
   *
   * @param file the file as the user named it (empty for none)
   * @param before the old lines
   * @param after the new lines
   * @param charset how to decode lines into the edits' texts
   * @param describer the format's descriptions
   * @return the edits in the old document's line order; empty when the lines are equal
   */
  public static List<Edit> edits(String file, List<Line> before, List<Line> after, Charset charset,
      Describer describer) {
    // Lines are aligned by their content, so that a line whose only change is its terminator
    // stays paired with itself; the common head and tail are left out of the diff, so that an
    // edit of one place pairs its old and new lines even where equal lines repeat around it (Myers
    // alone may pair a new line with an equal old line further on).
    int head = 0;
    int max = Math.min(before.size(), after.size());
    while (head < max && before.get(head).sameContent(after.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < max - head
        && before.get(before.size() - 1 - tail).sameContent(after.get(after.size() - 1 - tail))) {
      tail++;
    }
    List<Line> oldMiddle = before.subList(head, before.size() - tail);
    List<Line> newMiddle = after.subList(head, after.size() - tail);
    List<Edit> out = new ArrayList<>();
    int o = 0;
    int n = 0;
    for (AbstractDelta<Line> delta : DiffUtils.diff(oldMiddle, newMiddle, Line::sameContent).getDeltas()) {
      Chunk<Line> source = delta.getSource();
      Chunk<Line> target = delta.getTarget();
      int from = head + source.getPosition();
      for (; o < from; o++, n++) {
        terminatorEdit(out, file, o, before.get(o), after.get(n), charset);
      }
      List<Line> old = source.getLines();
      List<Line> changed = target.getLines();
      int first = from + 1;
      int paired = Math.min(old.size(), changed.size());
      for (int i = 0; i < paired; i++) {
        out.add(edit(file, Edit.Kind.REPLACE, first + i, old.get(i), changed.get(i), charset, describer));
      }
      for (int i = paired; i < old.size(); i++) {
        out.add(edit(file, Edit.Kind.REMOVE, first + i, old.get(i), null, charset, describer));
      }
      for (int i = paired; i < changed.size(); i++) {
        out.add(edit(file, Edit.Kind.ADD, first + old.size(), null, changed.get(i), charset, describer));
      }
      o = from + old.size();
      n = head + target.getPosition() + changed.size();
    }
    for (; o < before.size(); o++, n++) {
      terminatorEdit(out, file, o, before.get(o), after.get(n), charset);
    }
    return List.copyOf(out);
  }

  /** The edit of a line whose content stayed: none, or a change of its terminator. */
  private static void terminatorEdit(List<Edit> out, String file, int index, Line before, Line after, Charset charset) {
    if (before.terminator != after.terminator) {
      out.add(edit(file, Edit.Kind.REPLACE, index + 1, before, after, charset, GENERIC));
    }
  }

  private static Edit edit(String file, Edit.Kind kind, int line, Line before, Line after, Charset charset,
      Describer describer) {
    Edit.Builder b = Edit.builder().file(file).kind(kind).line(line);
    String oldText = before == null ? null : before.text(charset);
    String newText = after == null ? null : after.text(charset);
    if (oldText != null) {
      b.oldText(oldText);
    }
    if (newText != null) {
      b.newText(newText);
    }
    String description = null;
    if (kind == Edit.Kind.REPLACE && before.sameContent(after)) {
      description = after.terminator == LineTerminator.NONE
          ? "end line " + line + " without a line break"
          : "end line " + line + " with " + after.terminator.name();
    } else {
      description = describer.describe(kind, line, before, after);
    }
    if (description == null || description.isBlank() || description.endsWith(".")) {
      description = switch (kind) {
        case ADD -> "add \"" + newText + "\"";
        case REPLACE -> "replace line " + line + " with \"" + newText + "\"";
        case REMOVE -> "remove line " + line + " \"" + oldText + "\"";
      };
    }
    return b.description(description).build();
  }
}
