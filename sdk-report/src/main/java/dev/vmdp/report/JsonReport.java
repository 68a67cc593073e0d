package dev.vmdp.report;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON of {@code --format json} (DESIGN.md): {@code {"findings":[{"rule","severity","subject",
 * "message","location":{"file","line","column"},"facts":{...},"fixes":["..."]}],"assumptions":[...],
 * "summary":{"errors","warnings","infos"},"vmdp":{"version","schema"},"inputs":[...]}}. The plan's
 * JSON writes its findings, summary and tool the same way.
 */
final class JsonReport {
  private JsonReport() {}

  static String render(Report report, RenderContext context) {
    return JsonOutput.write(false, g -> {
      g.writeStartObject();
      List<Finding> shown = shown(report, context);
      findings(g, shown);
      g.writeArrayPropertyStart("assumptions");
      report.assumptions().forEach(g::writeString);
      g.writeEndArray();
      summary(g, shown);
      tool(g, context);
      g.writeEndObject();
    });
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
    g.writeObjectPropertyStart("summary");
    g.writeNumberProperty("errors", count(findings, Severity.ERROR));
    g.writeNumberProperty("warnings", count(findings, Severity.WARNING));
    g.writeNumberProperty("infos", count(findings, Severity.INFO));
    g.writeEndObject();
  }

  /** {@code "vmdp":{"version":"...","schema":1},"inputs":[...]}. */
  static void tool(JsonGenerator g, RenderContext context) {
    version(g);
    g.writeArrayPropertyStart("inputs");
    context.inputs().forEach(g::writeString);
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
