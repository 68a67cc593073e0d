package dev.vmdp.console;

import dev.vmdp.rules.Report;
import dev.vmdp.report.ReportRenderer;
import java.io.PrintStream;
import picocli.CommandLine.Option;

/** The {@code --format text|json} option of every command that reports findings. */
final class FormatOption {
  /** The output formats. */
  enum Format {
    /** For people. */
    text,
    /** One JSON object (DESIGN.md). */
    json
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json")
  Format format = Format.text;

  /**
   * Prints a report and gives the exit code: 1 when it has an ERROR finding, else 0.
   *
   * @param report the report
   * @param out standard output
   * @return the exit code
   */
  int print(Report report, PrintStream out) {
    if (format == Format.json) {
      out.println(ReportRenderer.json(report));
    } else {
      out.print(ReportRenderer.text(report));
    }
    return report.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
