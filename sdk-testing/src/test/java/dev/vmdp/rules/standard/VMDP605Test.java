package dev.vmdp.rules.standard;

import static dev.vmdp.rules.fixtures.TestHosts.DB01;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VMDP605Test {
  /** db01 renamed "café" by a Windows tool that wrote the é as the single byte 0xE9. */
  static byte[] cafe(String encodingLine, boolean marked) {
    String vmx = replaceLine(DB01, "displayName = \"db01\"", (marked ? "# BUG: VMDP605\n" : "")
        + "displayName = \"caf\u00e9\"").replace(".encoding = \"UTF-8\"", encodingLine);
    return vmx.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void positive_bytesNotValidInTheDeclaredEncoding() {
    Finding f = RuleTest.forRules("VMDP605").vmx("db01.vmx", cafe(".encoding = \"UTF-8\"", true)).run()
        .expectMarked().only("VMDP605");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location().orElseThrow().column()).isPresent();
  }

  @Test
  void negative_theSameBytesDeclaredAsWindows1252() {
    RuleTest.forRules("VMDP605").vmx("db01.vmx", cafe(".encoding = \"windows-1252\"", false)).run().expectNone();
  }
}
