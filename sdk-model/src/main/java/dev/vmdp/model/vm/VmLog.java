package dev.vmdp.model.vm;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A VM's {@code vmware.log} as the log diagnosis rules (VMDP7xx) see it: the file name and its
 * lines, in order.
 *
 * <pre>{@code
 * VmLog log = VmLog.builder().file("vmware.log").addLine(l).build();
 * log.containing("is marked wrong PCIe");   // the matching lines
 * log.sourceOf(l);                          // vmware.log:812
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class VmLog {

  /** The file as the user named it; empty for input without a name. */
  public abstract String file();

  /** The lines, in file order. */
  public abstract List<LogLine> lines();

  /**
   * The lines whose message contains the text, ignoring case.
   *
   * @param text the text to look for
   * @return the matching lines, in order; empty when none matches
   */
  public List<LogLine> containing(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return lines().stream().filter(l -> l.message().toLowerCase(Locale.ROOT).contains(t))
        .collect(Collectors.toUnmodifiableList());
  }

  /** Where a line is: this log's file and the line's number. */
  public SourceRef sourceOf(LogLine line) {
    return SourceRef.of(file(), line.line());
  }

  @Value.Check
  void check() {
    int previous = 0;
    for (LogLine l : lines()) {
      if (l.line() <= previous) {
        throw new IllegalStateException("VmLog lines must be in increasing line order, line " + l.line()
            + " follows line " + previous + " (" + file() + ")");
      }
      previous = l.line();
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VmLog} values. */
  public static final class Builder extends ImmutableVmLog.Builder {}
}
