package dev.vmdp.report;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One line per finding in the form compilers print and editors, CI annotators and
 * {@code errorformat} parse: {@code FILE:LINE:COL: error|warning|note: MESSAGE [VMDPnnn]},
 * {@code FILE:LINE: ...} when the column is not known, {@code SUBJECT: ...} for a finding without
 * a file. INFO is {@code note}, as compilers call it. Control characters are escaped.
 */
final class GccReport extends ReportWriter.Form {
  private final Writer out;

  GccReport(Writer out) {
    this.out = out;
  }

  static String render(Report report, RenderContext context) {
    return ReportWriter.render(report, ReportFormat.GCC, context);
  }

  @Override
  void part(List<String> newNotes, List<Finding> findings) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(line(f)).append('\n');
    }
    out.write(b.toString());
  }

  @Override
  void finish(ReportWriter.Totals totals) {
    // One line per finding and nothing else: the form has no summary.
  }

  @Override
  void flush() throws IOException {
    out.flush();
  }

  static String line(Finding f) {
    StringBuilder b = new StringBuilder();
    if (f.location().isPresent()) {
      SourceRef l = f.location().get();
      b.append(Printable.of(l.file())).append(':').append(l.line()).append(':');
      if (l.column().isPresent()) {
        b.append(l.column().getAsInt()).append(':');
      }
    } else {
      b.append(Printable.of(f.subject())).append(':');
    }
    return b.append(' ').append(level(f.severity())).append(": ").append(Printable.of(f.message()))
        .append(" [").append(f.ruleId()).append(']').toString();
  }

  /** {@code error}, {@code warning} or {@code note}: the words of gcc's diagnostics (and SARIF's levels). */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "note";
    };
  }
}
