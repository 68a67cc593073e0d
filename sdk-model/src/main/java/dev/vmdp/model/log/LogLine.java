package dev.vmdp.model.log;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a vmware.log, split into its prefix fields and its message.
 *
 * <pre>{@code
 * // 2016-11-12T22:46:42.635+08:00| vcpu-0| I125+ MonPmc: ...
 * line.number();      // 1-based
 * line.timestamp();   // Optional[2016-11-12T22:46:42.635+08:00]
 * line.thread();      // Optional[vcpu-0]
 * line.level();       // Optional[I125]
 * line.continued();   // true: the '+' marker continues the previous message
 * line.message();     // "MonPmc: ..."
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class LogLine {

  /** The file and 1-based line number. */
  public abstract SourceRef source();

  /** The 1-based line number. */
  public int number() {
    return source().line();
  }

  /** The shape of the line's prefix. */
  public abstract LogFormat format();

  /** The whole line as decoded, without its terminator. */
  public abstract String text();

  /** The timestamp as written, for example {@code 2022-08-02T10:03:02.701Z}; empty for an unstamped line. */
  public abstract Optional<String> timestampText();

  /**
   * The timestamp with its offset from UTC; empty when the line has none, or when it has no year
   * and zone ({@link LogFormat#MONTH_DAY}) or is not a valid date.
   */
  public abstract Optional<OffsetDateTime> timestamp();

  /** The local time of day of the timestamp, for every format that has one; empty otherwise. */
  public abstract Optional<LocalTime> timeOfDay();

  /** The thread, for example {@code vmx}, {@code vcpu-0}, {@code mks}; empty when the line names none. */
  public abstract Optional<String> thread();

  /**
   * The level as written, without the continuation marker: {@code I125}, {@code W115},
   * {@code A000} in pipe-separated logs, {@code In(05)}, {@code Wa(03)}, {@code Er(02)} in
   * space-separated ones; empty when the line has none.
   */
  public abstract Optional<String> level();

  /** True when the level carries the {@code +} marker: the line continues the previous message. */
  @Value.Default
  public boolean continued() {
    return false;
  }

  /** The text after the prefix; the whole line when no prefix was recognised. */
  public abstract String message();

  /** True when the line was longer than the reader's line limit (1 MiB) and was cut there. */
  @Value.Default
  public boolean truncated() {
    return false;
  }

  /** Renders as {@code file:line: text}. */
  @Override
  public String toString() {
    return source() + ": " + text();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LogLine} values. */
  public static final class Builder extends ImmutableLogLine.Builder {}
}
