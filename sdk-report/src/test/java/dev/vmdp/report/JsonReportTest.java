package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  @Test
  void followsTheCommandLineContractWithToolAndInputs() {
    RenderContext context = RenderContext.builder().addInput("vms/rhel3.vmx").addInput("lspci.txt").build();
    String text = ReportRenderer.render(Samples.report(), ReportFormat.JSON, context);
    assertThat(text).startsWith("{\"findings\":[{\"rule\":\"VMDP305\",").endsWith("}\n").doesNotContain("\n{");
    JsonNode json = parse(text);
    assertThat(json.propertyNames()).containsExactly("findings", "assumptions", "summary", "vmdp", "inputs");
    assertThat(json.get("vmdp").get("version").asString()).isEqualTo(Tool.version()).isNotEqualTo("unknown");
    assertThat(json.get("vmdp").get("schema").asInt()).isEqualTo(1);
    assertThat(json.get("inputs").valueStream().map(JsonNode::asString)).containsExactly("vms/rhel3.vmx", "lspci.txt");
    assertThat(json.get("summary").toString()).isEqualTo("{\"errors\":1,\"warnings\":2,\"infos\":1}");
    assertThat(json.get("assumptions").get(0).asString()).isEqualTo("host version not given: assumed ESX 4.0");
  }

  @Test
  void everyFindingReadsBackAsItsFacts() {
    Report report = Samples.report();
    JsonNode findings = parse(ReportRenderer.json(report)).get("findings");
    assertThat(findings).hasSize(report.findings().size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = report.findings().get(i);
      JsonNode j = findings.get(i);
      assertThat(j.get("rule").asString()).isEqualTo(f.ruleId());
      assertThat(j.get("severity").asString()).isEqualTo(f.severity().name());
      assertThat(j.get("subject").asString()).isEqualTo(f.subject());
      assertThat(j.get("message").asString()).isEqualTo(f.message());
      assertThat(j.has("location")).isEqualTo(f.location().isPresent());
      f.location().ifPresent(l -> {
        assertThat(j.get("location").get("file").asString()).isEqualTo(l.file());
        assertThat(j.get("location").get("line").asInt()).isEqualTo(l.line());
        assertThat(j.get("location").has("column")).isEqualTo(l.column().isPresent());
      });
      f.facts().forEach((k, v) -> assertThat(j.get("facts").get(k).asString()).isEqualTo(v));
      assertThat(j.get("facts").size()).isEqualTo(f.facts().size());
      assertThat(j.get("fixes").valueStream().map(JsonNode::asString))
          .containsExactlyElementsOf(f.fixes().stream().map(x -> x.description()).toList());
    }
    assertThat(findings.get(2).get("location").get("column").asInt()).isEqualTo(14);
  }

  @Test
  void escapesEveryControlCharacterIncludingC1AndDel() {
    String evil = "a\u0001b\u001b[2J\u007f\u009b31m\u0085\u2028z \"q\" \\ /path é";
    Finding f = Finding.builder().ruleId("VMDP602").severity(Severity.WARNING).subject("vm x").message(evil).build();
    String text = ReportRenderer.json(new Report(List.of(f), List.of()));
    assertThat(text).contains("a\\u0001b\\u001b[2J\\u007f\\u009b31m\\u0085\\u2028z \\\"q\\\" \\\\ /path é");
    for (char c = 0; c < 0xa0; c++) {
      if (Printable.isControl(c)) {
        assertThat(text.indexOf(c)).as("U+%04X written raw", (int) c).isNegative();
      }
    }
    assertThat(parse(text).get("findings").get(0).get("message").asString()).isEqualTo(evil);
  }

  @Test
  void leavesOutFindingsBelowTheMinimumAndCountsWhatItLists() {
    RenderContext errors = RenderContext.builder().minimumSeverity(Severity.ERROR).build();
    JsonNode json = parse(ReportRenderer.json(Samples.report(), errors));
    assertThat(json.get("findings")).hasSize(1);
    assertThat(json.get("summary").toString()).isEqualTo("{\"errors\":1,\"warnings\":0,\"infos\":0}");
  }
}
