package dev.vmdp.report;

/**
 * The forms a {@link dev.vmdp.rules.Report} is rendered in ({@code --format}).
 *
 * <pre>{@code
 * ReportFormat f = ReportFormat.parse("SARIF");        // any case
 * String out = ReportRenderer.render(report, f, context);
 * }</pre>
 */
public enum ReportFormat {
  /** For people: grouped by subject, severity first, long runs of one INFO folded, a summary. */
  TEXT,
  /** One JSON object: findings, assumptions, summary, the tool's version and the inputs. */
  JSON,
  /** SARIF 2.1.0, what code-scanning services ingest. */
  SARIF,
  /** One {@code FILE:LINE:COL: error|warning|note: MESSAGE [VMDPnnn]} line per finding. */
  GCC;

  /**
   * The format with this name, ignoring case.
   *
   * @param name {@code text}, {@code json}, {@code sarif} or {@code gcc}
   * @return the format
   * @throws dev.vmdp.model.VmdpException naming the formats when there is none of that name
   */
  public static ReportFormat parse(String name) {
    return FormatNames.parse(values(), name, "format");
  }

  /** The name as the command line spells it: {@code sarif}. */
  @Override
  public String toString() {
    return FormatNames.spelled(this);
  }
}
