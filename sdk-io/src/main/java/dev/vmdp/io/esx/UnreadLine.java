package dev.vmdp.io.esx;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import org.immutables.value.Value;

/**
 * A line of command output that a reader could not read and skipped, with where it is and why.
 * The rule catalogue has no ID for such lines, so they are not {@link dev.vmdp.model.Diagnostic}s.
 */
@Value.Immutable
@VmdpStyle
public abstract class UnreadLine {

  /** Where the line is (1-based line, column 1). */
  public abstract SourceRef location();

  /** The line as read, without its terminator. */
  public abstract String text();

  /** Why it was skipped, one line without a trailing period. */
  public abstract String reason();

  /** Renders as {@code file:line:col: reason}. */
  @Override
  public String toString() {
    return location() + ": " + reason();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnreadLine} values. */
  public static final class Builder extends ImmutableUnreadLine.Builder {}
}
