package dev.vmdp.rules.standard;

import static dev.vmdp.rules.fixtures.TestHosts.DB01;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP606Test {
  @Test
  void positive_memsizeNotANumber() {
    String vmx = replaceLine(DB01, "memSize = \"16384\"", """
        # BUG: VMDP606
        memSize = "16 GB\"""");
    Finding f = RuleTest.forRules("VMDP606").vmx("db01.vmx", vmx).run().expectMarked().only("VMDP606");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void negative_typedValuesAsTheClientWritesThem() {
    RuleTest.forRules("VMDP606").vmx("db01.vmx", DB01).run().expectNone();
  }
}
