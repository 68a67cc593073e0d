package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP603Test {

  @Test
  void positive_reportedWithItsPosition() {
    assertThat(ReadDiagnostics.vmx("VMDP603", "displayName = \"a|4zb\"\n")).singleElement()
        .satisfies(f -> assertThat(f.location().map(Object::toString).orElseThrow()).startsWith("t.vmx:1"));
  }

  @Test
  void negative_cleanInput() {
    assertThat(ReadDiagnostics.vmx("VMDP603", "displayName = \"a|22b\"\n")).isEmpty();
  }
}
