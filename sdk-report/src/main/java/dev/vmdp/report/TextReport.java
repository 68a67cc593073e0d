package dev.vmdp.report;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report for people: first the assumptions (what the check took for granted, read before the
 * findings that rest on them), then the findings grouped by subject (a VM, a host, a device, the
 * map), each line severity first, then the rule, the message and the place as {@code (FILE:LINE)}
 * (with {@code :COL} where known), with its fixes below; a run of {@value #FOLD_AT} or more INFO
 * findings of one rule in one group (such as map lines that match nothing on the host) folded
 * into one line; then a summary with the number of files checked. Text from files has its control
 * characters escaped; colour (ANSI) marks only the severity words.
 */
final class TextReport extends ReportWriter.Form {
  /** The shortest run of INFO findings of one rule and subject that is folded into one line. */
  static final int FOLD_AT = 6;
  /** How many line numbers a folded line lists before "and N more". */
  static final int LINES_SHOWN = 8;

  private final Writer out;
  private final RenderContext context;

  TextReport(Writer out, RenderContext context) {
    this.out = out;
    this.context = context;
  }

  static String render(Report report, RenderContext context) {
    return ReportWriter.render(report, ReportFormat.TEXT, context);
  }

  @Override
  void part(List<String> newNotes, List<Finding> findings) throws IOException {
    StringBuilder b = new StringBuilder();
    // What the check took for granted (a guessed host version) is read before the findings that rest on it.
    for (String a : newNotes) {
      b.append("note: ").append(Printable.of(a)).append('\n');
    }
    Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
    for (Finding f : findings) {
      bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> group : bySubject.entrySet()) {
      b.append(Printable.of(group.getKey())).append('\n');
      List<Finding> fs = group.getValue();
      for (int i = 0; i < fs.size(); ) {
        int end = runEnd(fs, i);
        if (end - i >= FOLD_AT) {
          folded(b, fs.subList(i, end), context);
        } else {
          for (int k = i; k < end; k++) {
            finding(b, fs.get(k), context);
          }
        }
        i = end;
      }
    }
    out.write(b.toString());
  }

  @Override
  void finish(ReportWriter.Totals totals) throws IOException {
    out.write(summary(totals) + "\n");
  }

  @Override
  void flush() throws IOException {
    out.flush();
  }

  /** The end of the run of foldable findings (same rule, INFO, no fix) that starts at {@code i}. */
  private static int runEnd(List<Finding> fs, int i) {
    Finding first = fs.get(i);
    int end = i + 1;
    if (!foldable(first)) {
      return end;
    }
    while (end < fs.size() && foldable(fs.get(end)) && fs.get(end).ruleId().equals(first.ruleId())) {
      end++;
    }
    return end;
  }

  private static boolean foldable(Finding f) {
    return f.severity() == Severity.INFO && f.fixes().isEmpty();
  }

  private static void finding(StringBuilder b, Finding f, RenderContext context) {
    b.append("  ").append(severity(f.severity(), context)).append(' ').append(f.ruleId()).append(' ')
        .append(Printable.of(f.message()));
    f.location().ifPresent(l -> b.append("  (").append(Printable.of(l.toString())).append(')'));
    b.append('\n');
    for (Fix fix : f.fixes()) {
      b.append("      fix: ").append(Printable.of(fix.description())).append('\n');
    }
  }

  /**
   * {@code INFO VMDP505 14 findings: passthru.map line matches no device on the host (passthru.map
   * lines 3, 5, 7, 9, 11, 13, 15, 17 and 6 more)}: the rule's summary (a site rule's first
   * message), and where they are.
   */
  private static void folded(StringBuilder b, List<Finding> run, RenderContext context) {
    Finding first = run.get(0);
    String what = RuleCatalogue.standard().find(first.ruleId()).map(CatalogueEntry::summary)
        .orElse(first.message() + " (and " + (run.size() - 1) + " like it)");
    b.append("  ").append(severity(first.severity(), context)).append(' ').append(first.ruleId()).append(' ')
        .append(run.size()).append(" findings: ").append(Printable.of(what)).append(where(run)).append('\n');
  }

  private static String where(List<Finding> run) {
    Set<String> files = new LinkedHashSet<>();
    List<Integer> lines = new ArrayList<>();
    for (Finding f : run) {
      if (f.location().isEmpty()) {
        return "";
      }
      SourceRef l = f.location().get();
      files.add(l.file());
      lines.add(l.line());
    }
    if (files.size() > 1) {
      return " (in " + files.size() + " files)";
    }
    StringBuilder b = new StringBuilder(" (").append(Printable.of(files.iterator().next())).append(" lines ");
    for (int i = 0; i < Math.min(LINES_SHOWN, lines.size()); i++) {
      b.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    if (lines.size() > LINES_SHOWN) {
      b.append(" and ").append(lines.size() - LINES_SHOWN).append(" more");
    }
    return b.append(')').toString();
  }

  /** The summary line of a whole report (a plan's). */
  static String summary(Report report, RenderContext context) {
    Map<Severity, Integer> all = new EnumMap<>(Severity.class);
    Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
    for (Finding f : report.findings()) {
      all.merge(f.severity(), 1, Integer::sum);
      if (context.shows(f)) {
        shown.merge(f.severity(), 1, Integer::sum);
      }
    }
    return summary(new ReportWriter.Totals(context.inputs(), report.assumptions(), all, shown));
  }

  /** {@code 3 files checked: 1 error, 0 warnings, 14 infos (2 infos not shown)}. */
  static String summary(ReportWriter.Totals totals) {
    StringBuilder b = new StringBuilder();
    int files = totals.inputs().size();
    if (files > 0) {
      b.append(plural(files, "file")).append(" checked: ");
    }
    b.append(plural(totals.shown(Severity.ERROR), "error")).append(", ")
        .append(plural(totals.shown(Severity.WARNING), "warning")).append(", ")
        .append(plural(totals.shown(Severity.INFO), "info"));
    List<String> hidden = new ArrayList<>();
    for (Severity s : Severity.values()) {
      int n = totals.hidden(s);
      if (n > 0) {
        hidden.add(plural(n, word(s)));
      }
    }
    if (!hidden.isEmpty()) {
      b.append(" (").append(String.join(", ", hidden)).append(" not shown)");
    }
    return b.toString();
  }

  /** {@code 1 error, 2 warnings, 0 infos}. */
  static String counts(List<Finding> findings) {
    return plural(JsonReport.count(findings, Severity.ERROR), "error") + ", "
        + plural(JsonReport.count(findings, Severity.WARNING), "warning") + ", "
        + plural(JsonReport.count(findings, Severity.INFO), "info");
  }

  private static String word(Severity s) {
    return s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "info";
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The severity word, in colour when the context allows: ERROR bold red, WARNING yellow, INFO cyan. */
  static String severity(Severity s, RenderContext context) {
    if (!context.color()) {
      return s.name();
    }
    String code = s == Severity.ERROR ? "1;31" : s == Severity.WARNING ? "33" : "36";
    return "\u001b[" + code + "m" + s.name() + "\u001b[0m";
  }
}
