package dev.vmdp.rules.standard;

import static dev.vmdp.rules.fixtures.TestHosts.DB01;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP604Test {
  @Test
  void positive_unquotedValueAsWorkstationAcceptsIt() {
    String vmx = replaceLine(DB01, "memSize = \"16384\"", """
        # BUG: VMDP604
        memSize = 16384""");
    Finding f = RuleTest.forRules("VMDP604").vmx("db01.vmx", vmx).run().expectMarked().only("VMDP604");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void negative_quotedValues() {
    RuleTest.forRules("VMDP604").vmx("db01.vmx", DB01).run().expectNone();
  }
}
