package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.reset.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlanRendererTest {

  @Test
  void textIsWhatAPersonCanActOn() {
    String text = PlanRenderer.text(PlanSamples.plan("render", "01:00.0"));
    assertThat(text).startsWith("Reset method of each function\n")
        .contains("  0000:01:00.0  bridge  passthru.map line 2: 10de ffff bridge false  [NVIDIA Corporation TU104GL]\n")
        .contains("  vm render: 0000:01:00.0\n    + 0000:01:00.1 must join it: ")
        .contains("feasible as planned").containsPattern("\n\\d+ errors?, \\d+ warnings?, \\d+ infos?\n$");
  }

  @Test
  void jsonFollowsTheContractAndReadsBack() {
    RenderContext context = RenderContext.builder().addInput("lspci.txt").addInput("passthru.map").build();
    String text = PlanRenderer.render(PlanSamples.plan("render", "01:00.0"), PlanFormat.JSON, context);
    assertThat(text).startsWith("{\"functions\":[{\"address\":\"0000:01:00.0\",\"resetMethod\":\"bridge\","
        + "\"source\":\"passthru.map line 2: 10de ffff bridge false\"}").endsWith("}\n");
    JsonNode json = JsonReportTest.parse(text);
    assertThat(json.propertyNames()).containsExactly("functions", "groups", "plan", "findings", "summary", "vmdp", "inputs");
    JsonNode group = json.get("groups").get(0);
    assertThat(group.get("members").toString()).isEqualTo("[\"0000:01:00.0\",\"0000:01:00.1\"]");
    assertThat(group.get("resetMethod").asString()).isEqualTo("bridge");
    assertThat(group.get("dependentBridge").asString()).isEqualTo("0000:00:01.0");
    assertThat(json.get("plan").get("feasible").asBoolean()).isTrue();
    assertThat(json.get("plan").get("vms").get(0).get("extra").get(0).get("address").asString()).isEqualTo("0000:01:00.1");
    assertThat(json.get("inputs").size()).isEqualTo(2);
  }

  /** Splitting the group is VMDP401: the plan's findings in every findings format. */
  @Test
  void rendersAnInfeasiblePlansFindingsAsSarifAndGcc() {
    Plan split = PlanSamples.plan("a", "01:00.0", "b", "01:00.1");
    assertThat(split.report().hasErrors()).isTrue();
    JsonNode sarif = JsonReportTest.parse(PlanRenderer.render(split, PlanFormat.SARIF, RenderContext.standard()));
    SarifShape.check(sarif);
    assertThat(sarif.get("runs").get(0).get("results").valueStream().map(r -> r.get("ruleId").asString()))
        .contains("VMDP401");
    List<String> gcc = PlanRenderer.render(split, PlanFormat.GCC, RenderContext.standard()).lines().toList();
    assertThat(gcc).hasSize(split.report().findings().size()).anySatisfy(l -> assertThat(l).endsWith("[VMDP401]"));
    assertThat(JsonReportTest.parse(PlanRenderer.json(split)).get("plan").get("feasible").asBoolean()).isFalse();
  }

  @Test
  void formatsAreNamedInAnyCase() {
    assertThat(PlanFormat.parse("JSON")).isEqualTo(PlanFormat.JSON);
    assertThat(ReportFormat.parse(" Sarif ")).isEqualTo(ReportFormat.SARIF);
    assertThat(ReportFormat.GCC).hasToString("gcc");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFormat.parse("xml"))
        .hasMessage("unknown format 'xml' (text, json, sarif or gcc)");
  }
}
