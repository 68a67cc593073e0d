package dev.vmdp.report;

import dev.vmdp.model.Edit;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0 (OASIS), the form code-scanning services such as GitHub's ingest: one run whose
 * {@code tool.driver} is vmdp with a {@code rules} entry per rule that fired, and one result per
 * finding with its level, message, location and, where the fix was resolved against its file, the
 * fix as {@code fixes[].artifactChanges[].replacements}.
 *
 * <p>Files named relative to the current folder become relative URIs with {@code uriBaseId}
 * {@code %SRCROOT%} (what GitHub resolves against the repository); absolute ones become
 * {@code file:} URIs. Regions count lines and columns from 1; the column is given when the finding
 * has one. A fix's {@link Edit}s become replacements: a replaced line's text is deleted and the new
 * text inserted, a removed line is deleted with its line end, an added line is inserted (with a
 * {@code \n}) at the start of the line it goes before.
 */
final class SarifReport extends ReportWriter.JsonForm {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String VERSION = "2.1.0";
  static final String SRCROOT = "%SRCROOT%";

  /** The index of each rule that fired in {@code tool.driver.rules}, in the order they fired. */
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
  /** The first message of each rule vmdp does not know (a site's own): its description. */
  private final Map<String, String> siteRuleText = new LinkedHashMap<>();

  /**
   * Starts the log. Its results are written as they come, so the run's {@code tool} and
   * {@code artifacts} follow them (JSON members are unordered; the rules a result's
   * {@code ruleIndex} points into are only known at the end).
   */
  SarifReport(Writer out) {
    super(out, true);
    g.writeStartObject();
    g.writeStringProperty("$schema", SCHEMA);
    g.writeStringProperty("version", VERSION);
    g.writeArrayPropertyStart("runs");
    g.writeStartObject();
    g.writeArrayPropertyStart("results");
  }

  static String render(Report report, RenderContext context) {
    return ReportWriter.render(report, ReportFormat.SARIF, context);
  }

  @Override
  void part(List<String> newNotes, List<Finding> findings) {
    for (Finding f : findings) {
      Integer index = ruleIndex.get(f.ruleId());
      if (index == null) {
        index = ruleIndex.size();
        ruleIndex.put(f.ruleId(), index);
        siteRuleText.put(f.ruleId(), f.message());
      }
      result(g, f, index);
    }
  }

  @Override
  void finish(ReportWriter.Totals totals) throws IOException {
    g.writeEndArray();
    driver(g, ruleIndex.keySet(), siteRuleText);
    artifacts(g, totals.inputs());
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    end();
  }

  private static void driver(JsonGenerator g, Iterable<String> ruleIds, Map<String, String> firstMessage) {
    g.writeObjectPropertyStart("tool");
    g.writeObjectPropertyStart("driver");
    g.writeStringProperty("name", Tool.NAME);
    g.writeStringProperty("version", Tool.version());
    g.writeStringProperty("informationUri", Tool.informationUri());
    g.writeArrayPropertyStart("rules");
    for (String id : ruleIds) {
      Optional<CatalogueEntry> entry = RuleCatalogue.standard().find(id).filter(e -> e.id().toString().equals(id));
      g.writeStartObject();
      g.writeStringProperty("id", id);
      g.writeObjectPropertyStart("shortDescription");
      g.writeStringProperty("text", entry.map(CatalogueEntry::summary).orElse(firstMessage.get(id)));
      g.writeEndObject();
      if (entry.isPresent()) {
        g.writeStringProperty("helpUri", Tool.helpUri(id));
        g.writeObjectPropertyStart("defaultConfiguration");
        g.writeStringProperty("level", GccReport.level(entry.get().severity()));
        g.writeEndObject();
        g.writeObjectPropertyStart("properties");
        g.writeStringProperty("category", entry.get().category().title());
        g.writeBooleanProperty("automaticallyFixable", entry.get().automaticallyFixable());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The files the check read, so a viewer can list them even where nothing was found. */
  private static void artifacts(JsonGenerator g, List<String> inputs) {
    if (inputs.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("artifacts");
    for (String file : inputs) {
      g.writeStartObject();
      artifactLocation(g, file);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void result(JsonGenerator g, Finding f, int ruleIndex) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", f.ruleId());
    g.writeNumberProperty("ruleIndex", ruleIndex);
    g.writeStringProperty("level", GccReport.level(f.severity()));
    g.writeObjectPropertyStart("message");
    g.writeStringProperty("text", f.message());
    g.writeEndObject();
    g.writeArrayPropertyStart("locations");
    g.writeStartObject();
    if (f.location().isPresent()) {
      SourceRef l = f.location().get();
      g.writeObjectPropertyStart("physicalLocation");
      artifactLocation(g, l.file());
      g.writeObjectPropertyStart("region");
      g.writeNumberProperty("startLine", l.line());
      if (l.column().isPresent()) {
        g.writeNumberProperty("startColumn", l.column().getAsInt());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeArrayPropertyStart("logicalLocations");
    g.writeStartObject();
    g.writeStringProperty("fullyQualifiedName", f.subject());
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    fixes(g, f);
    g.writeObjectPropertyStart("properties");
    g.writeStringProperty("subject", f.subject());
    g.writeObjectPropertyStart("facts");
    f.facts().forEach(g::writeStringProperty);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void fixes(JsonGenerator g, Finding f) {
    List<Fix> resolved = f.fixes().stream().filter(x -> !x.edits().isEmpty()).toList();
    if (resolved.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("fixes");
    for (Fix fix : resolved) {
      g.writeStartObject();
      g.writeObjectPropertyStart("description");
      g.writeStringProperty("text", fix.description());
      g.writeEndObject();
      g.writeArrayPropertyStart("artifactChanges");
      for (Map.Entry<String, List<Edit>> file : byFile(fix.edits()).entrySet()) {
        g.writeStartObject();
        artifactLocation(g, file.getKey());
        g.writeArrayPropertyStart("replacements");
        file.getValue().forEach(e -> replacement(g, e));
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static Map<String, List<Edit>> byFile(List<Edit> edits) {
    Map<String, List<Edit>> out = new LinkedHashMap<>();
    edits.forEach(e -> out.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e));
    return out;
  }

  private static void replacement(JsonGenerator g, Edit e) {
    g.writeStartObject();
    g.writeObjectPropertyStart("deletedRegion");
    g.writeNumberProperty("startLine", e.line());
    g.writeNumberProperty("startColumn", 1);
    switch (e.kind()) {
      case REPLACE -> {
        g.writeNumberProperty("endLine", e.line());
        g.writeNumberProperty("endColumn", e.oldText().orElseThrow().length() + 1);
      }
      case REMOVE -> {
        g.writeNumberProperty("endLine", e.line() + 1);
        g.writeNumberProperty("endColumn", 1);
      }
      default -> {
        g.writeNumberProperty("endLine", e.line());
        g.writeNumberProperty("endColumn", 1);
      }
    }
    g.writeEndObject();
    if (e.kind() != Edit.Kind.REMOVE) {
      g.writeObjectPropertyStart("insertedContent");
      g.writeStringProperty("text", e.newText().orElseThrow() + (e.kind() == Edit.Kind.ADD ? "\n" : ""));
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void artifactLocation(JsonGenerator g, String file) {
    g.writeObjectPropertyStart("artifactLocation");
    g.writeStringProperty("uri", uri(file));
    if (!isAbsolute(file)) {
      g.writeStringProperty("uriBaseId", SRCROOT);
    }
    g.writeEndObject();
  }

  private static boolean isAbsolute(String file) {
    try {
      return Path.of(file).isAbsolute();
    } catch (RuntimeException notAPath) {
      return false;
    }
  }

  /**
   * A file name as SARIF wants it: a {@code file:} URI for an absolute path, else a relative URI
   * reference with forward slashes and every character a URI may not hold percent-encoded.
   */
  static String uri(String file) {
    if (isAbsolute(file)) {
      return Path.of(file).toUri().toString();
    }
    String path = java.io.File.separatorChar == '\\' ? file.replace('\\', '/') : file;
    int slash = path.indexOf('/');
    if (path.substring(0, slash < 0 ? path.length() : slash).contains(":")) {
      path = "./" + path; // else "a:b.vmx" would read as the scheme "a"
    }
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no URI for " + file, e);
    }
  }
}
