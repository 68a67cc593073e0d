package dev.vmdp.rules.standard;

import static dev.vmdp.rules.fixtures.TestHosts.DB01;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP602Test {
  @Test
  void positive_lineThatIsNoKeyValueLineReportedAndKept() {
    // A line pasted from a forum post, without the '#' that would make it a comment.
    String pasted = "add these two lines to fix the MMIO error";
    String vmx = replaceLine(DB01, "sched.mem.shares = \"normal\"", """
        sched.mem.shares = "normal"
        # BUG: VMDP602
        """ + pasted);
    Finding f = RuleTest.forRules("VMDP602").vmx("db01.vmx", vmx).run().expectMarked().only("VMDP602");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void negative_commentsAndBlankLines() {
    String vmx = replaceLine(DB01, "sched.mem.shares = \"normal\"", """
        sched.mem.shares = "normal"

        # added by hand for the HBA, see change 4711
        """.stripTrailing());
    RuleTest.forRules("VMDP602").vmx("db01.vmx", vmx).run().expectNone();
  }
}
