package dev.vmdp.rules.standard;

import static dev.vmdp.rules.fixtures.TestHosts.DB01;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP603Test {
  @Test
  void positive_pipeNotFollowedByTwoHexDigits() {
    String vmx = replaceLine(DB01, "displayName = \"db01\"", """
        # BUG: VMDP603
        displayName = "db01 |4z prod\"""");
    Finding f = RuleTest.forRules("VMDP603").vmx("db01.vmx", vmx).run().expectMarked().only("VMDP603");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void negative_validEscape() {
    // |22 is a quote, as VMware's writer escapes it.
    RuleTest.forRules("VMDP603").vmx("db01.vmx", replaceLine(DB01, "displayName = \"db01\"",
        "displayName = \"db01 |22prod|22\"")).run().expectNone();
  }
}
