package dev.vmdp.report;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;

/**
 * One line per finding in the form compilers print and editors, CI annotators and
 * {@code errorformat} parse: {@code FILE:LINE:COL: error|warning|note: MESSAGE [VMDPnnn]},
 * {@code FILE:LINE: ...} when the column is not known, {@code SUBJECT: ...} for a finding without
 * a file. INFO is {@code note}, as compilers call it. Control characters are escaped.
 */
final class GccReport {
  private GccReport() {}

  static String render(Report report, RenderContext context) {
    StringBuilder b = new StringBuilder();
    for (Finding f : report.findings()) {
      if (context.shows(f)) {
        b.append(line(f)).append('\n');
      }
    }
    return b.toString();
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
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
