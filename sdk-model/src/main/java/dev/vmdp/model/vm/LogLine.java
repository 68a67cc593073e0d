package dev.vmdp.model.vm;

import dev.vmdp.model.VmdpStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a VM's {@code vmware.log}, split into the prefix parts a reader recognised
 * ({@code 2022-04-22T03:04:15.771Z| vmx| I005: message} or
 * {@code 2022-08-02T10:03:02.701Z In(05) vmx message}) and the message. A line without a
 * recognised prefix has only {@link #message()}, which is then the whole line.
 *
 * <pre>{@code
 * LogLine l = LogLine.builder().line(812).text("2022-04-22T03:04:15.771Z| vmx| I005: PCIPassthru: ...")
 *     .timestamp("2022-04-22T03:04:15.771Z").thread("vmx").level("I005")
 *     .message("PCIPassthru: ...").build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class LogLine {

  /** The 1-based line number in the log. */
  public abstract int line();

  /** The whole line as decoded, without its line terminator. */
  public abstract String text();

  /** The timestamp as written, or empty when the line has none. */
  public abstract Optional<String> timestamp();

  /** The thread ({@code vmx}, {@code vcpu-0}), or empty when the line names none. */
  public abstract Optional<String> thread();

  /** The level tag as written ({@code I005}, {@code In(05)}, {@code W115}), or empty when absent. */
  public abstract Optional<String> level();

  /** The text after the prefix; the whole line when no prefix was recognised. */
  @Value.Default
  public String message() {
    return text();
  }

  @Value.Check
  void check() {
    if (line() < 1) {
      throw new IllegalStateException("LogLine line must be >= 1 (1-based), was " + line());
    }
    if (text().indexOf('\n') >= 0 || text().indexOf('\r') >= 0) {
      throw new IllegalStateException("LogLine text must be one line without terminator, was '" + text() + "' (line "
          + line() + ")");
    }
  }

  /** Renders as {@code 812: text}. */
  @Override
  public String toString() {
    return line() + ": " + text();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LogLine} values. */
  public static final class Builder extends ImmutableLogLine.Builder {}
}
