package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP501Test {

  @Test
  void positive_reportedWithItsPosition() {
    assertThat(ReadDiagnostics.map("VMDP501", "8086 xxxx d3d0 default\n")).singleElement()
        .satisfies(f -> assertThat(f.location().map(Object::toString).orElseThrow()).startsWith("passthru.map:1"));
  }

  @Test
  void negative_cleanInput() {
    assertThat(ReadDiagnostics.map("VMDP501", "8086 10c6 d3d0 default\n")).isEmpty();
  }
}
