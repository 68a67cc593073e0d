package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VMDP602Test {

  @Test
  void positive_reportedWithItsPosition() {
    assertThat(ReadDiagnostics.vmx("VMDP602", "memsize = \"512\"\nthis is not a key value line\n")).singleElement()
        .satisfies(f -> assertThat(f.location().map(Object::toString).orElseThrow()).startsWith("t.vmx:2"));
  }

  @Test
  void negative_cleanInput() {
    assertThat(ReadDiagnostics.vmx("VMDP602", "# a comment\n\nmemsize = \"512\"\n")).isEmpty();
  }
}
