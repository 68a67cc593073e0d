package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SarifReportTest {

  static JsonNode sarif(Report report, RenderContext context) {
    JsonNode log = JsonReportTest.parse(ReportRenderer.render(report, ReportFormat.SARIF, context));
    SarifShape.check(log);
    return log;
  }

  @Test
  void holdsTheRequiredPropertiesOfSarif210() {
    JsonNode log = sarif(Samples.report(), RenderContext.builder().addInput("vms/rhel3.vmx").build());
    JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("name").asString()).isEqualTo("vmdp");
    assertThat(driver.get("version").asString()).isEqualTo(Tool.version());
    assertThat(driver.get("informationUri").asString()).startsWith("https://");
    assertThat(log.get("runs").get(0).get("artifacts").get(0).get("artifactLocation").get("uri").asString())
        .isEqualTo("vms/rhel3.vmx");
  }

  @Test
  void listsEachRuleThatFiredOnceWithItsPageAndDefaultLevel() {
    JsonNode rules = sarif(Samples.report(), RenderContext.standard()).get("runs").get(0).get("tool").get("driver")
        .get("rules");
    assertThat(rules.valueStream().map(r -> r.get("id").asString()))
        .containsExactly("VMDP305", "VMDP104", "VMDP308", "SITE001");
    JsonNode r305 = rules.get(0);
    assertThat(r305.get("shortDescription").get("text").asString())
        .isEqualTo(RuleCatalogue.standard().get("VMDP305").summary());
    assertThat(r305.get("helpUri").asString()).isEqualTo(Tool.informationUri() + "/blob/main/docs/rules/VMDP305.md");
    assertThat(r305.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
    assertThat(rules.get(3).has("helpUri")).as("a site rule has no page of ours").isFalse();
  }

  @Test
  void resultsCarryLevelMessageAndLocationWhereTheFindingHasOne() {
    Report report = Samples.report();
    JsonNode results = sarif(report, RenderContext.standard()).get("runs").get(0).get("results");
    assertThat(results).hasSize(report.findings().size());
    for (int i = 0; i < results.size(); i++) {
      Finding f = report.findings().get(i);
      JsonNode r = results.get(i);
      assertThat(r.get("ruleId").asString()).isEqualTo(f.ruleId());
      assertThat(r.get("level").asString()).isEqualTo(GccReport.level(f.severity()));
      assertThat(r.get("message").get("text").asString()).isEqualTo(f.message());
      JsonNode location = r.get("locations").get(0);
      assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asString()).isEqualTo(f.subject());
      assertThat(location.has("physicalLocation")).isEqualTo(f.location().isPresent());
      f.location().ifPresent(l -> {
        JsonNode p = location.get("physicalLocation");
        assertThat(p.get("artifactLocation").get("uri").asString()).isEqualTo(l.file());
        assertThat(p.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(p.get("region").get("startLine").asInt()).isEqualTo(l.line());
        assertThat(p.get("region").has("startColumn")).isEqualTo(l.column().isPresent());
      });
    }
    assertThat(results.get(2).get("locations").get(0).get("physicalLocation").get("region").get("startColumn").asInt())
        .isEqualTo(14);
    assertThat(results.get(3).get("level").asString()).isEqualTo("note");
  }

  /** The replacements, applied to the file as SARIF defines them, give the file the fixes write. */
  @Test
  void fixesAreReplacementsThatTurnTheFileIntoTheFixedOne() {
    JsonNode results = sarif(Samples.report(), RenderContext.standard()).get("runs").get(0).get("results");
    List<JsonNode> replacements = new ArrayList<>();
    for (JsonNode r : results) {
      for (JsonNode fix : r.optional("fixes").orElse(SarifShape.NONE)) {
        assertThat(fix.get("description").get("text").asString()).isNotBlank();
        for (JsonNode change : fix.get("artifactChanges")) {
          assertThat(change.get("artifactLocation").get("uri").asString()).isEqualTo("vms/rhel3.vmx");
          change.get("replacements").forEach(replacements::add);
        }
      }
    }
    assertThat(replacements).hasSize(3);
    assertThat(results.get(1).has("fixes")).as("an unresolved fix has no edits to offer").isFalse();
    assertThat(apply(Samples.VMX, replacements)).isEqualTo(Samples.VMX_FIXED);
  }

  @Test
  void filesBecomeUriReferencesAndAbsolutePathsFileUris() {
    assertThat(SarifReport.uri("vms/my vm.vmx")).isEqualTo("vms/my%20vm.vmx");
    assertThat(SarifReport.uri("a:b.vmx")).isEqualTo("./a:b.vmx");
    assertThat(SarifReport.uri("/etc/vmware/passthru.map")).isEqualTo("file:///etc/vmware/passthru.map");
    assertThat(SarifReport.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
  }

  @Test
  void aReportWithoutFindingsIsAValidLogWithNoResults() {
    JsonNode log = sarif(new Report(List.of(), List.of()), RenderContext.standard());
    assertThat(log.get("runs").get(0).get("results")).isEmpty();
    assertThat(log.get("runs").get(0).get("tool").get("driver").get("rules")).isEmpty();
  }

  @Test
  void leavesOutFindingsBelowTheMinimum() {
    JsonNode log = sarif(Samples.report(), RenderContext.builder().minimumSeverity(Severity.WARNING).build());
    assertThat(log.get("runs").get(0).get("results").valueStream().map(r -> r.get("ruleId").asString()))
        .containsExactly("VMDP305", "VMDP104", "VMDP308");
  }

  /**
   * SARIF's replacement semantics: regions refer to the original text, lines and columns count
   * from 1, an absent end column is the end of the line; applied from the last to the first.
   */
  static String apply(String text, List<JsonNode> replacements) {
    List<int[]> spans = new ArrayList<>();
    List<String> inserted = new ArrayList<>();
    for (JsonNode r : replacements) {
      JsonNode d = r.get("deletedRegion");
      int start = offset(text, d.get("startLine").asInt(), d.optional("startColumn").map(JsonNode::asInt).orElse(1));
      int endLine = d.optional("endLine").map(JsonNode::asInt).orElse(d.get("startLine").asInt());
      int end = d.has("endColumn") ? offset(text, endLine, d.get("endColumn").asInt()) : lineEnd(text, endLine);
      spans.add(new int[] {start, end, inserted.size()});
      inserted.add(r.optional("insertedContent").map(c -> c.get("text").asString()).orElse(""));
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
    StringBuilder b = new StringBuilder(text);
    for (int[] s : spans) {
      b.replace(s[0], s[1], inserted.get(s[2]));
    }
    return b.toString();
  }

  private static int offset(String text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      at = text.indexOf('\n', at) + 1;
    }
    return at + column - 1;
  }

  private static int lineEnd(String text, int line) {
    int start = offset(text, line, 1);
    int nl = text.indexOf('\n', start);
    return nl < 0 ? text.length() : nl;
  }
}
