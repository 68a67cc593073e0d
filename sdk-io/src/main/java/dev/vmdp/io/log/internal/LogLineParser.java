package dev.vmdp.io.log.internal;

import dev.vmdp.model.log.LogFormat;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.model.SourceRef;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits one decoded vmware.log (or vmkernel.log) line into timestamp, thread, level and message. */
public final class LogLineParser {

  private static final String ISO =
      "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2}))";
  /** {@code 2016-11-12T22:46:42.635+08:00| vmx| I125: text}; the level is optional. */
  private static final Pattern PIPE =
      Pattern.compile(ISO + "\\| ([^|]*)\\|(?: ([A-Z][0-9]{3})([:+])(?= |$))? ?(.*)", Pattern.DOTALL);
  /** {@code 2022-08-02T10:03:02.701Z In(05) vmx text}; ESXi 8's syslog levels have three digits ({@code In(182)}). */
  private static final Pattern SPACE =
      Pattern.compile(ISO + " ([A-Z][a-z]\\(\\d{2,3}\\))(\\+?) (\\S+)(?: (.*))?", Pattern.DOTALL);
  /**
   * vmkernel.log: {@code 2023-05-04T10:11:12.345Z cpu3:2097635)PCI: text}, optionally {@code opID=...}
   * before the parenthesis.
   */
  private static final Pattern VMKERNEL =
      Pattern.compile(ISO + " (cpu[0-9]+:[0-9]+)(?: [^)]*)?\\)(.*)", Pattern.DOTALL);
  /** ESXi 8's vmkernel.log after the SPACE prefix and {@code vmkernel:}: {@code cpu3:2097635)PCI: text}. */
  private static final Pattern VMKERNEL_BODY = Pattern.compile("(cpu[0-9]+:[0-9]+)(?: [^)]*)?\\)(.*)", Pattern.DOTALL);
  /** {@code Apr 22 03:04:15.771: vmx| text}; a level as in PIPE is accepted. */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "([A-Z][a-z]{2} [ 0-9]?[0-9] (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)): ([^|]*)\\|"
          + "(?: ([A-Z][0-9]{3})([:+])(?= |$))? ?(.*)",
      Pattern.DOTALL);

  private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();

  private LogLineParser() {}

  /**
   * Parses a line.
   *
   * @param text the decoded line without its terminator
   * @param source the file and line number
   * @param truncated whether the reader cut the line
   * @return the line's fields
   */
  public static LogLine parse(String text, SourceRef source, boolean truncated) {
    LogLine.Builder b = LogLine.builder().source(source).text(text).truncated(truncated);
    if (!text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
      Matcher m = PIPE.matcher(text);
      if (m.matches()) {
        stamp(b, m.group(1));
        b.format(LogFormat.PIPE_SEPARATED).thread(m.group(2)).message(m.group(5));
        level(b, m.group(3), m.group(4));
        return b.build();
      }
      m = VMKERNEL.matcher(text);
      if (m.matches()) {
        stamp(b, m.group(1));
        return b.format(LogFormat.VMKERNEL).thread(m.group(2)).message(m.group(3)).build();
      }
      m = SPACE.matcher(text);
      if (m.matches()) {
        stamp(b, m.group(1));
        Matcher k = m.group(4).equals("vmkernel:") && m.group(5) != null ? VMKERNEL_BODY.matcher(m.group(5)) : null;
        if (k != null && k.matches()) {
          return b.format(LogFormat.VMKERNEL).level(m.group(2)).thread(k.group(1)).message(k.group(2)).build();
        }
        b.format(LogFormat.SPACE_SEPARATED).level(m.group(2)).continued(!m.group(3).isEmpty())
            .thread(m.group(4)).message(m.group(5) == null ? "" : m.group(5));
        return b.build();
      }
    } else if (!text.isEmpty() && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z') {
      Matcher m = MONTH_DAY.matcher(text);
      if (m.matches()) {
        b.format(LogFormat.MONTH_DAY).timestampText(m.group(1)).thread(m.group(3)).message(m.group(6));
        try {
          b.timeOfDay(LocalTime.parse(m.group(2)));
        } catch (DateTimeParseException e) {
          // an impossible time such as 25:00:00 stays text only
        }
        level(b, m.group(4), m.group(5));
        return b.build();
      }
    }
    return b.format(LogFormat.UNSTAMPED).message(text).build();
  }

  private static void level(LogLine.Builder b, String level, String marker) {
    if (level != null) {
      b.level(level).continued("+".equals(marker));
    }
  }

  private static void stamp(LogLine.Builder b, String text) {
    b.timestampText(text);
    try {
      OffsetDateTime t = OffsetDateTime.parse(text.replace(',', '.'), OFFSET);
      b.timestamp(t).timeOfDay(t.toLocalTime());
    } catch (DateTimeParseException e) {
      // a timestamp-shaped text that is no date (month 13) stays text only
    }
  }
}
