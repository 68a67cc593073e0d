package dev.vmdp.rules;

import dev.vmdp.model.Edit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What {@link VmFix} and {@link MapFix} hold and answer alike: the file the fix addresses, its
 * summary, the change of the model value it makes, and the edits its file's binding made. It is
 * not a {@link Fix} itself, so that {@code Fix} stays sealed over exactly the two kinds a caller
 * switches over; each kind adds how it is addressed and applied.
 *
 * @param <T> the model value the fix changes
 */
abstract class ModelFix<T> {
  private final String file;
  private final String summary;
  private final UnaryOperator<T> change;
  private final List<Edit> edits;

  /**
   * A fix.
   *
   * @param file the file the fix edits, or null for a value built in code
   * @param summary what it achieves: one line without a trailing period
   * @param change the change of the model value
   * @param edits the lines its file's binding changed, empty before it was resolved
   */
  ModelFix(String file, String summary, UnaryOperator<T> change, List<Edit> edits) {
    this.file = file;
    this.summary = checkSummary(summary);
    this.change = Objects.requireNonNull(change, "change");
    this.edits = List.copyOf(edits);
  }

  private static String checkSummary(String summary) {
    Objects.requireNonNull(summary, "summary");
    if (summary.isBlank() || summary.endsWith(".") || summary.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("Fix summary must be one line without a trailing period, was '" + summary + "'");
    }
    return summary;
  }

  /** The file the fix edits, as the user named it; empty for a VM or map built in code. */
  public final Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** What the fix achieves, one line without a trailing period and without naming keys or lines. */
  public final String summary() {
    return summary;
  }

  /** The lines the fix changes once it was resolved against its file; empty before. */
  public final List<Edit> edits() {
    return edits;
  }

  /** The change itself, for {@code applyTo} once the kind has checked its target. */
  final T change(T value) {
    return change.apply(value);
  }

  /** The change, for a copy of the fix with other edits. */
  final UnaryOperator<T> change() {
    return change;
  }

  /** The file field as given (null for none), for a copy of the fix. */
  final String fileOrNull() {
    return file;
  }
}
