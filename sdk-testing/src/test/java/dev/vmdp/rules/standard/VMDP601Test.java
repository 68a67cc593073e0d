package dev.vmdp.rules.standard;

import static dev.vmdp.rules.fixtures.TestHosts.DB01;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP601Test {
  @Test
  void positive_keyRepeatedInAnotherCaseReportedAtTheRepetition() {
    // A hand edit appended MEMSIZE after the client's memSize.
    String vmx = replaceLine(DB01, "sched.mem.shares = \"normal\"", """
        sched.mem.shares = "normal"
        # BUG: VMDP601
        MEMSIZE = "16384\"""");
    Finding f = RuleTest.forRules("VMDP601").vmx("db01.vmx", vmx).run().expectMarked().only("VMDP601");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subject()).isEqualTo("vm db01");
  }

  @Test
  void negative_cleanInput() {
    RuleTest.forRules("VMDP601").vmx("db01.vmx", DB01).run().expectNone();
  }
}
