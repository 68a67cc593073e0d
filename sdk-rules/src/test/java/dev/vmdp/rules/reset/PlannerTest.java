package dev.vmdp.rules.reset;

import static dev.vmdp.rules.reset.ResetFixtures.server;
import static dev.vmdp.rules.reset.ResetFixtures.withVmkernel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {
  static PciAddress a(String s) {
    return PciAddress.parse(s);
  }

  static Map<String, List<PciAddress>> want(Object... vmThenAddresses) {
    Map<String, List<PciAddress>> m = new LinkedHashMap<>();
    for (int i = 0; i < vmThenAddresses.length; i += 2) {
      m.put((String) vmThenAddresses[i], List.of(a((String) vmThenAddresses[i + 1])));
    }
    return m;
  }

  @Test
  void theGpuBringsItsAudioFunctionAlong() {
    Plan plan = Planner.plan(server(), want("render", "01:00.0"));
    Plan.VmPlan render = plan.vms().get(0);
    assertThat(render.extra()).containsOnlyKeys(a("01:00.1"));
    assertThat(render.extra().get(a("01:00.1"))).contains("bridge reset of 0000:00:01.0");
    assertThat(plan.conflicts()).isEmpty();
    assertThat(plan.feasible()).isTrue();
  }

  @Test
  void oneNonShareableDeviceWantedByTwoVmsConflicts() {
    Plan plan = Planner.plan(server(), want("db1", "04:00.0", "db2", "04:00.1"));
    assertThat(plan.conflicts()).singleElement().satisfies(c -> assertThat(c).contains("vm db2").contains("vm db1"));
    assertThat(plan.report().findings()).extracting(Finding::ruleId).contains("VMDP402");
    assertThat(plan.feasible()).isFalse();
  }

  @Test
  void aFunctionWantedByTwoVmsIsAnErrorInPlainWords() {
    // Reported: "plan --assign a=X --assign b=X" said "not feasible", then "0 errors", exit 0.
    Plan plan = Planner.plan(server(), want("ml01", "05:00.0", "ml02", "05:00.0"));
    assertThat(plan.conflicts()).containsExactly("0000:05:00.0 is wanted by ml01 and ml02");
    assertThat(plan.report().hasErrors()).isTrue();
    Finding shared = plan.report().byRule("VMDP207").get(0);
    assertThat(shared.message()).startsWith("0000:05:00.0 is wanted by ml01 and ml02");
    assertThat(shared.facts()).containsEntry("address", "0000:05:00.0").containsEntry("vms", "ml01,ml02");
    assertThat(plan.feasible()).isFalse();
    assertThat(String.join("\n", plan.conflicts())).doesNotContain("no other function");
  }

  @Test
  void aFunctionAloneBelowItsBridgeSaysSo() {
    ResetAnalysis a = ResetAnalysis.of(server());
    a.groups().stream().filter(g -> g.sharedReset() && g.single()).flatMap(g -> g.reasons().stream())
        .forEach(r -> assertThat(r).doesNotContain("which also resets no other function").contains("no other function is below"));
  }

  @Test
  void functionsTheVmkernelUsesMustLeaveIt() {
    Plan plan = Planner.plan(withVmkernel(server(), "05:00.1"), want("web", "05:00.0"));
    assertThat(plan.vms().get(0).fromVmkernel()).containsExactly(a("05:00.1"));
    assertThat(plan.report().findings()).extracting(Finding::ruleId).contains("VMDP403");
  }

  @Test
  void givesEachFunctionItsNameAndReset() {
    Plan plan = Planner.plan(server(), want("render", "01:00.0"));
    PlannedFunction gpu = plan.function(a("01:00.0")).orElseThrow();
    assertThat(gpu.name()).isEqualTo(server().device("01:00.0").name());
    assertThat(gpu.reset().methodName()).isEqualTo("bridge");
    assertThat(gpu.wanted()).isTrue();
    assertThat(plan.functions()).extracting(PlannedFunction::address)
        .containsExactlyElementsOf(plan.analysis().methods().keySet());
  }

  @Test
  void suggestsAD3d0LineWhereTheDeviceAdvertisesNoSoftRstMinus() {
    Plan plan = Planner.plan(server("10de ffff bridge false\n"), want("a", "03:00.0"));
    assertThat(plan.suggestions().keySet()).extracting(e -> e.toLine()).containsExactly("8086 10c6 d3d0 default");
    assertThat(plan.vms().get(0).extra()).containsOnlyKeys(a("03:00.1"));
  }

  @Test
  void namesAnUnknownAddressAndRefusesBridges() {
    assertThatThrownBy(() -> Planner.plan(server(), want("a", "09:00.0")))
        .isInstanceOf(VmdpException.class).hasMessage("host esx01 has no PCI function 0000:09:00.0");
    assertThatThrownBy(() -> Planner.plan(server(), want("a", "00:01.0")))
        .hasMessage("0000:00:01.0 is a bridge; bridges cannot be passed through");
  }
}
