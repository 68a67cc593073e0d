package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP601Test {

  @Test
  void positive_reportedWithItsPosition() {
    assertThat(ReadDiagnostics.vmx("VMDP601", "memsize = \"512\"\nMEMSIZE = \"1024\"\n")).singleElement()
        .satisfies(f -> assertThat(f.location().map(Object::toString).orElseThrow()).startsWith("t.vmx:2"));
  }

  @Test
  void negative_cleanInput() {
    assertThat(ReadDiagnostics.vmx("VMDP601", "memsize = \"512\"\n")).isEmpty();
  }
}
