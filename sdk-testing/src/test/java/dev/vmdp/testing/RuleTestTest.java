package dev.vmdp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness itself: markers must match findings exactly, or the test fails. */
class RuleTestTest {
  static final String VM = """
      virtualHW.version = "7"
      memsize = "512"
      # BUG: VMDP305
      sched.mem.min = "128"
      pciPassthru0.present = "TRUE"
      pciPassthru0.id = "03:00.0"
      """;

  @Test
  void aMarkerWithoutItsFindingFails() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM.replace("\"128\"", "\"512\"")).run();
    assertThatThrownBy(c::expectMarked).isInstanceOf(AssertionError.class).hasMessageContaining("a.vmx:4: VMDP305");
  }

  @Test
  void aFindingWithoutItsMarkerFails() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM.replace("# BUG: VMDP305\n", "")).run();
    assertThatThrownBy(c::expectMarked).isInstanceOf(AssertionError.class).hasMessageContaining("a.vmx:3: VMDP305");
  }

  @Test
  void aMarkerOnTheWrongLineFails() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM.replace("# BUG: VMDP305\nsched.mem.min = \"128\"\n",
        "sched.mem.min = \"128\"\n# BUG: VMDP305\n")).run();
    assertThatThrownBy(c::expectMarked).isInstanceOf(AssertionError.class);
  }

  @Test
  void seesOnlyTheRulesUnderTestAndNamesFilesAsTheTestDid() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM).run().expectMarked();
    assertThat(c.findings()).extracting(f -> f.ruleId()).containsOnly("VMDP305");
    assertThat(c.only("VMDP305").location().orElseThrow().file()).isEqualTo("a.vmx");
  }

  @Test
  void fixSavesTheFileAndRecheckReadsItBack() {
    Fixed fixed = RuleTest.forRules("VMDP305").vmx("a.vmx", VM).run().fix();
    assertThat(fixed.applied()).hasSize(1);
    assertThat(fixed.text("a.vmx")).contains("sched.mem.min = \"512\"").doesNotContain("\"128\"");
    assertThatThrownBy(() -> fixed.expectWritten("a.vmx", "sched.mem.min = \"128\"")).isInstanceOf(AssertionError.class);
    fixed.recheck().expectNone();
  }

  @Test
  void aMarkerEndingTheFileIsAMistakeOfTheTest() {
    assertThatThrownBy(() -> RuleTest.forRules("VMDP305").vmx("a.vmx", VM + "# BUG: VMDP305\n").run().expectMarked())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends the file");
  }
}
