package dev.vmdp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void rendersLocationRuleAndMessage() {
    Diagnostic d = Diagnostic.builder()
        .ruleId("VMDP602")
        .severity(Severity.WARNING)
        .message("line is not a key = value line (kept as is)")
        .location(SourceRef.of("a.vmx", 3, 1))
        .build();
    assertThat(d).hasToString("a.vmx:3:1: VMDP602 WARNING line is not a key = value line (kept as is)");
  }

  @Test
  void rejectsMalformedRuleIdNamingTheValue() {
    assertThatThrownBy(() -> Diagnostic.builder().ruleId("X1").severity(Severity.INFO).message("m").build())
        .hasMessageContaining("'X1'");
  }

  @Test
  void copiesWithBuilderFrom() {
    Diagnostic d = Diagnostic.builder().ruleId("VMDP601").severity(Severity.WARNING).message("dup").build();
    Diagnostic e = Diagnostic.builder().from(d).message("other").build();
    assertThat(e.ruleId()).isEqualTo("VMDP601");
    assertThat(e.message()).isEqualTo("other");
    assertThat(e.location()).isEmpty();
  }

  @Test
  void theRuleIdCheckAgreesWithThePatternItReplaced() {
    for (String id : java.util.List.of("VMDP602", "VMDP000", "VMDP999", "VMDP60", "VMDP6021", "vmdp602", "VMDP60a",
        "VMDP\u0660\u0661\u0662", "XVMDP602", "VMDP 60", "", "VMDP60/", "VMDP60:")) {
      assertThat(Diagnostic.isRuleId(id)).as(id).isEqualTo(id.matches("VMDP[0-9]{3}"));
    }
    org.quicktheories.QuickTheory.qt().withFixedSeed(42).withExamples(5000)
        .forAll(org.quicktheories.generators.SourceDSL.strings().betweenCodePoints('.', 'Z').ofLengthBetween(0, 4))
        .checkAssert(tail -> {
          String id = "VMDP" + tail;
          assertThat(Diagnostic.isRuleId(id)).as(id).isEqualTo(id.matches("VMDP[0-9]{3}"));
        });
  }
}
