package dev.vmdp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceRefTest {

  @Test
  void rendersFileLineAndColumn() {
    assertThat(SourceRef.of("rhel3.vmx", 12)).hasToString("rhel3.vmx:12");
    assertThat(SourceRef.of("rhel3.vmx", 12, 5)).hasToString("rhel3.vmx:12:5");
    assertThat(SourceRef.of("", 1)).hasToString(":1");
  }

  @Test
  void columnIsOptional() {
    assertThat(SourceRef.of("a", 3).column()).isEmpty();
    assertThat(SourceRef.of("a", 3, 7).column()).hasValue(7);
    assertThat(SourceRef.of("a", 3, 7).line()).isEqualTo(3);
    assertThat(SourceRef.of("a", 3, 7).file()).isEqualTo("a");
  }

  @Test
  void equalsByFileLineAndColumn() {
    assertThat(SourceRef.of("a", 3)).isEqualTo(SourceRef.of("a", 3)).hasSameHashCodeAs(SourceRef.of("a", 3))
        .isNotEqualTo(SourceRef.of("a", 3, 1)).isNotEqualTo(SourceRef.of("b", 3));
  }

  @Test
  void rejectsZeroBasedPositionsNamingTheValue() {
    assertThatThrownBy(() -> SourceRef.of("a", 0)).hasMessageContaining("line").hasMessageContaining("was 0");
    assertThatThrownBy(() -> SourceRef.of("a", 1, 0)).hasMessageContaining("column").hasMessageContaining("was 0");
    assertThatThrownBy(() -> SourceRef.of(null, 1)).isInstanceOf(NullPointerException.class);
  }
}
