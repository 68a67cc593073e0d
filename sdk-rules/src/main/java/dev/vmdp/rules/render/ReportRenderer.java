package dev.vmdp.rules.render;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Report} as text for people or as the JSON object of the command-line contract
 * (DESIGN.md): {@code {"findings":[{"rule","severity","subject","message","location","facts",
 * "fixes"}],"assumptions":[...],"summary":{"errors","warnings","infos"}}}.
 *
 * <pre>{@code
 * System.out.print(ReportRenderer.text(report));
 * Files.writeString(out, ReportRenderer.json(report));
 * }</pre>
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /**
   * The report as text: first the assumptions (what the check took for granted, such as a guessed
   * host version, so they are read before the findings that depend on them), then the findings
   * grouped by subject, each on one line with its location, then its fixes; then a summary line.
   *
   * @param report the report
   * @return the text, ending with a newline
   */
  public static String text(Report report) {
    StringBuilder b = new StringBuilder();
    for (String a : report.assumptions()) {
      b.append("note: ").append(printable(a)).append('\n');
    }
    Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      bySubject.computeIfAbsent(f.subject(), k -> new java.util.ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> e : bySubject.entrySet()) {
      b.append(printable(e.getKey())).append('\n');
      for (Finding f : e.getValue()) {
        b.append("  ").append(f.severity()).append(' ').append(f.ruleId()).append(' ').append(printable(f.message()));
        f.location().ifPresent(l -> b.append("  (").append(printable(l.toString())).append(')'));
        b.append('\n');
        for (Fix fix : f.fixes()) {
          b.append("      fix: ").append(printable(fix.description())).append('\n');
        }
      }
    }
    b.append(summary(report)).append('\n');
    return b.toString();
  }

  /**
   * Text safe to print on a terminal: control characters (C0, DEL and C1, which a crafted file could
   * use to send escape sequences) are shown as {@code \\u001b} and the like.
   *
   * @param text any text, such as a value quoted from a file
   * @return the text with control characters made visible
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The summary line: {@code 1 error, 2 warnings, 0 infos}.
   *
   * @param report the report
   * @return the line without a newline
   */
  public static String summary(Report report) {
    return plural(report.count(Severity.ERROR), "error") + ", " + plural(report.count(Severity.WARNING), "warning")
        + ", " + plural(report.count(Severity.INFO), "info");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * The report as one JSON object (no trailing newline).
   *
   * @param report the report
   * @return the JSON text
   */
  public static String json(Report report) {
    // The command-line contract (DESIGN.md) opens the object with "findings"; readers find the
    // assumptions by name, so their place in the object does not matter as it does in text.
    Json j = new Json().beginObject();
    j.name("findings").beginArray();
    for (Finding f : report.findings()) {
      finding(j, f);
    }
    j.endArray();
    j.name("assumptions").beginArray();
    report.assumptions().forEach(j::value);
    j.endArray();
    j.name("summary").beginObject()
        .name("errors").value(report.count(Severity.ERROR))
        .name("warnings").value(report.count(Severity.WARNING))
        .name("infos").value(report.count(Severity.INFO))
        .endObject();
    return j.endObject().toString();
  }

  /**
   * Writes one finding as a JSON object.
   *
   * @param j the writer
   * @param f the finding
   */
  public static void finding(Json j, Finding f) {
    j.beginObject()
        .name("rule").value(f.ruleId())
        .name("severity").value(f.severity().name())
        .name("subject").value(f.subject())
        .name("message").value(f.message());
    if (f.location().isPresent()) {
      j.name("location").beginObject().name("file").value(f.location().get().file())
          .name("line").value(f.location().get().line());
      if (f.location().get().column().isPresent()) {
        j.name("column").value(f.location().get().column().getAsInt());
      }
      j.endObject();
    }
    j.name("facts").beginObject();
    f.facts().forEach((k, v) -> j.name(k).value(v));
    j.endObject();
    j.name("fixes").beginArray();
    f.fixes().forEach(x -> j.value(x.description()));
    j.endArray();
    j.endObject();
  }
}
