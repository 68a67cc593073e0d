package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP503Test {

  @Test
  void positive_reportedWithItsPosition() {
    assertThat(ReadDiagnostics.map("VMDP503", "# ports\n8086 10c6 d3d0 fasle\n")).singleElement()
        .satisfies(f -> assertThat(f.location().map(Object::toString).orElseThrow()).startsWith("passthru.map:2"));
  }

  @Test
  void negative_cleanInput() {
    assertThat(ReadDiagnostics.map("VMDP503", "8086 10c6 d3d0 false\n")).isEmpty();
  }
}
