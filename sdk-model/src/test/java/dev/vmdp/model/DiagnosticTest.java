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
}
