package dev.vmdp.console;

import dev.vmdp.report.ReportFormat;
import dev.vmdp.report.ReportRenderer;
import dev.vmdp.rules.Report;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json|sarif|gcc} of the commands that report findings ({@code check},
 * {@code map check}, {@code explain --log}).
 */
final class ReportFormatOption {
  /** The formats as the command line spells them (read in any case). */
  enum Format {
    /** For people. */
    text,
    /** One JSON object (DESIGN.md). */
    json,
    /** SARIF 2.1.0. */
    sarif,
    /** {@code FILE:LINE:COL: severity: message [VMDPnnn]} lines. */
    gcc;

    ReportFormat report() {
      return ReportFormat.valueOf(name().toUpperCase(java.util.Locale.ROOT));
    }
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json, sarif (SARIF 2.1.0, for code scanning) or gcc (FILE:LINE:COL: severity: "
          + "message [VMDPnnn], for editors and CI annotations)")
  Format format = Format.text;

  /** True for the forms a program reads: anything said to the person goes to stderr then. */
  boolean forPrograms() {
    return format != Format.text;
  }

  /**
   * Prints a report (under the site policy already) and gives the exit code.
   *
   * @param report the report
   * @param settings the severity shown, colour and the severity that fails
   * @param inputs the files the check read
   * @param out where the report goes
   * @return 1 when a finding reaches {@code --fail-on}, else 0
   */
  int print(Report report, Settings settings, List<String> inputs, PrintStream out) {
    out.print(ReportRenderer.render(report, format.report(), settings.context(inputs, format == Format.text)));
    out.flush();
    return settings.exitCode(report);
  }
}
