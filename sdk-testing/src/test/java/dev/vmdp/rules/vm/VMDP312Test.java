package dev.vmdp.rules.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP312Test {
  /** db01 on esx01 with the QLogic HBA's two ports, as the client left it with CPU and memory hot add on. */
  static final String DB01 = TestHosts.vm("db01", TestHosts.entry(0, "00000:004:00.0", "1077:2532")
      + TestHosts.entry(1, "00000:004:00.1", "1077:2532")).replace("toolScripts.afterPowerOn = \"TRUE\"\n", """
      toolScripts.afterPowerOn = "TRUE"
      # BUG: VMDP312
      mem.hotadd = "TRUE"
      # BUG: VMDP312
      vcpu.hotadd = "TRUE"
      """);

  @Test
  void positive_memoryAndCpuHotAddEachReported() {
    Checked c = RuleTest.forRules("VMDP312").vmx("db01.vmx", DB01).run().expectMarked();
    List<Finding> f = c.all("VMDP312");
    assertThat(f).extracting(x -> x.facts().get("key")).containsExactly("mem.hotadd", "vcpu.hotadd");
    assertThat(f).allSatisfy(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.subject()).isEqualTo("vm db01");
      assertThat(x.facts()).containsEntry("value", "TRUE").containsEntry("passthroughDevices", "2");
    });
  }

  @Test
  void negative_hotAddOff() {
    String off = DB01.replace("# BUG: VMDP312\n", "").replace("hotadd = \"TRUE\"", "hotadd = \"FALSE\"");
    RuleTest.forRules("VMDP312").vmx("db01.vmx", off).run().expectNone();
  }

  @Test
  void negative_noPassthrough() {
    String plain = TestHosts.vm("web01", "").replace("toolScripts.afterPowerOn = \"TRUE\"\n", """
        toolScripts.afterPowerOn = "TRUE"
        mem.hotadd = "TRUE"
        vcpu.hotadd = "TRUE"
        """);
    RuleTest.forRules("VMDP312").vmx("web01.vmx", plain).run().expectNone();
  }
}
