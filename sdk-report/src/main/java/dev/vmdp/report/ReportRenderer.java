package dev.vmdp.report;

import dev.vmdp.rules.Report;
import java.util.Objects;

/**
 * Renders a {@link Report} in every {@link ReportFormat}: text for people, the JSON object of the
 * command-line contract, SARIF 2.1.0, and gcc-style lines.
 *
 * <pre>{@code
 * System.out.print(ReportRenderer.text(report));
 * RenderContext context = RenderContext.builder().addInput("rhel3.vmx").build();
 * Files.writeString(Path.of("vmdp.sarif"), ReportRenderer.render(report, ReportFormat.SARIF, context));
 * }</pre>
 *
 * <p>Every form ends with a newline (gcc: one line per finding, none for no finding). Text from
 * files is never written raw: the text and gcc forms show control characters as {@code \\u001b}
 * and the like, JSON and SARIF escape them ({@code \u001b}, {@code \u009b}). A report made
 * part by part (a fleet check's) is written as it comes by {@link ReportWriter}, which gives the
 * same text for a report written as one part.
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /**
   * The report in a format.
   *
   * @param report the report
   * @param format the format
   * @param context the inputs, colour and lowest severity shown
   * @return the rendered report, ending with a newline unless it is empty gcc output
   */
  public static String render(Report report, ReportFormat format, RenderContext context) {
    Objects.requireNonNull(report, "report");
    return ReportWriter.render(report, format, context);
  }

  /**
   * The report as text with the standard context: findings grouped by subject, severity first,
   * each with its place and fixes; then the assumptions and a summary line.
   *
   * @param report the report
   * @return the text, ending with a newline
   */
  public static String text(Report report) {
    return TextReport.render(report, RenderContext.standard());
  }

  /**
   * The report as text.
   *
   * @param report the report
   * @param context the inputs (counted in the summary), colour and lowest severity shown
   * @return the text, ending with a newline
   */
  public static String text(Report report, RenderContext context) {
    return TextReport.render(report, context);
  }

  /**
   * The report as the one JSON object of {@code --format json}, with no inputs (no trailing newline).
   *
   * @param report the report
   * @return the JSON text
   */
  public static String json(Report report) {
    return JsonReport.render(report, RenderContext.standard());
  }

  /**
   * The report as one JSON object: {@code findings}, {@code assumptions}, {@code summary},
   * {@code vmdp} (version, schema) and {@code inputs} (no trailing newline).
   *
   * @param report the report
   * @param context the inputs and lowest severity shown
   * @return the JSON text
   */
  public static String json(Report report, RenderContext context) {
    return JsonReport.render(report, context);
  }

  /**
   * The report as a SARIF 2.1.0 log with one run.
   *
   * @param report the report
   * @param context the inputs (the run's artifacts) and lowest severity shown
   * @return the SARIF JSON, indented, ending with a newline
   */
  public static String sarif(Report report, RenderContext context) {
    return SarifReport.render(report, context);
  }

  /**
   * The report as gcc-style lines: {@code FILE:LINE:COL: error|warning|note: MESSAGE [VMDPnnn]}.
   *
   * @param report the report
   * @param context the lowest severity shown
   * @return one line per finding shown, each ending with a newline
   */
  public static String gcc(Report report, RenderContext context) {
    return GccReport.render(report, context);
  }

  /**
   * The summary line: {@code 1 error, 2 warnings, 0 infos}.
   *
   * @param report the report
   * @return the line without a newline
   */
  public static String summary(Report report) {
    return TextReport.counts(report.findings());
  }
}
