package dev.vmdp.report;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON of {@code --format json} (DESIGN.md): {@code {"findings":[{"rule","severity","subject",
 * "message","location":{"file","line","column"},"facts":{...},"fixes":["..."]}],"assumptions":[...],
 * "summary":{"errors","warnings","infos"},"vmdp":{"version","schema"},"inputs":[...]}}. The plan's
 * JSON writes its findings, summary and tool the same way.
 */
final class JsonReport extends ReportWriter.JsonForm {

  JsonReport(Writer out) {
    super(out, false);
    g.writeStartObject();
    g.writeArrayPropertyStart("findings");
  }

  static String render(Report report, RenderContext context) {
    String json = ReportWriter.render(report, ReportFormat.JSON, context);
    return json.substring(0, json.length() - 1);
  }

  @Override
  void part(List<String> newNotes, List<Finding> findings) {
    findings.forEach(f -> finding(g, f));
  }

  @Override
  void finish(ReportWriter.Totals totals) throws IOException {
    g.writeEndArray();
    g.writeArrayPropertyStart("assumptions");
    totals.notes().forEach(g::writeString);
    g.writeEndArray();
    summary(g, totals.shown(Severity.ERROR), totals.shown(Severity.WARNING), totals.shown(Severity.INFO));
    tool(g, totals.inputs());
    g.writeEndObject();
    end();
  }

  static List<Finding> shown(Report report, RenderContext context) {
    return report.findings().stream().filter(context::shows).toList();
  }

  static void findings(JsonGenerator g, List<Finding> findings) {
    g.writeArrayPropertyStart("findings");
    findings.forEach(f -> finding(g, f));
    g.writeEndArray();
  }

  static void finding(JsonGenerator g, Finding f) {
    g.writeStartObject();
    g.writeStringProperty("rule", f.ruleId());
    g.writeStringProperty("severity", f.severity().name());
    g.writeStringProperty("subject", f.subject());
    g.writeStringProperty("message", f.message());
    if (f.location().isPresent()) {
      SourceRef l = f.location().get();
      g.writeObjectPropertyStart("location");
      g.writeStringProperty("file", l.file());
      g.writeNumberProperty("line", l.line());
      if (l.column().isPresent()) {
        g.writeNumberProperty("column", l.column().getAsInt());
      }
      g.writeEndObject();
    }
    g.writeObjectPropertyStart("facts");
    for (Map.Entry<String, String> e : f.facts().entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayPropertyStart("fixes");
    for (Fix fix : f.fixes()) {
      g.writeString(fix.description());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void summary(JsonGenerator g, List<Finding> findings) {
    summary(g, count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO));
  }

  private static void summary(JsonGenerator g, int errors, int warnings, int infos) {
    g.writeObjectPropertyStart("summary");
    g.writeNumberProperty("errors", errors);
    g.writeNumberProperty("warnings", warnings);
    g.writeNumberProperty("infos", infos);
    g.writeEndObject();
  }

  /** {@code "vmdp":{"version":"...","schema":1},"inputs":[...]}. */
  static void tool(JsonGenerator g, List<String> inputs) {
    version(g);
    g.writeArrayPropertyStart("inputs");
    inputs.forEach(g::writeString);
    g.writeEndArray();
  }

  /** {@code "vmdp":{"version":"...","schema":1}}. */
  static void version(JsonGenerator g) {
    g.writeObjectPropertyStart("vmdp");
    g.writeStringProperty("version", Tool.version());
    g.writeNumberProperty("schema", Tool.JSON_SCHEMA);
    g.writeEndObject();
  }

  static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }
}
