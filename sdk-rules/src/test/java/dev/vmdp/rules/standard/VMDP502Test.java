package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP502Test {

  @Test
  void positive_reportedWithItsPosition() {
    assertThat(ReadDiagnostics.map("VMDP502", "8086 10c6 reboot default\n")).singleElement()
        .satisfies(f -> assertThat(f.location().map(Object::toString).orElseThrow()).startsWith("passthru.map:1"));
  }

  @Test
  void negative_cleanInput() {
    assertThat(ReadDiagnostics.map("VMDP502", "8086 10c6 flr default\n")).isEmpty();
  }
}
