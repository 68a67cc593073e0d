package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import dev.vmdp.testing.RuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP708Test {

  /** ESXi 7.0 vmkernel.log around a failed reset of a passthrough function. */
  static final String ESXI7 = """
      2023-05-04T10:11:12.101Z cpu3:2097635)PCIPassthru: 441: Resetting device 0000:0d:00.3 before assigning it
      2023-05-04T10:11:12.345Z cpu3:2097635)WARNING: PCI: 1221: Dev @ 0000:0d:00.3 did not complete its pending transactions prior to being reset; will apply the reset anyway but this may cause PCI errors
      2023-05-04T10:11:13.512Z cpu3:2097635)WARNING: PCI: 1287: Dev @ 0000:0d:00.3 is unresponsive after reset
      2023-05-04T10:11:14.002Z cpu11:2098001 opID=5a1c2f3e)World: 12077: VC opID esxui-6b2c-7d45 maps to vmkernel opID 5a1c2f3e
      """;

  /** ESXi 8.0's vmkernel.log, written through syslog with a level, and in another letter case. */
  static final String ESXI8 = """
      2024-02-01T08:00:01.250Z In(182) vmkernel: cpu35:2097582)WARNING: PCI: 1221: Dev @ 0000:b1:00.0 Did Not Complete Its Pending Transactions Prior To Being Reset; will apply the reset anyway
      """;

  @Test
  void positive_aResetThatFailsInVmkernelLogIsOneFindingPerDevice() {
    List<Finding> found = RuleTest.forRules("VMDP708").log("vmkernel.log", ESXI7).run().all("VMDP708");
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location().orElseThrow().line()).isEqualTo(2);
    assertThat(f.facts()).containsEntry("address", "0000:0d:00.3").containsEntry("unresponsive", "true")
        .containsEntry("lines", "2,3").containsEntry("preventedBy", "VMDP405,VMDP406");
  }

  @Test
  void positive_esxi8SyslogFormAndAnyLetterCase() {
    Finding f = RuleTest.forRules("VMDP708").log("vmkernel.log", ESXI8).run().all("VMDP708").get(0);
    assertThat(f.facts()).containsEntry("address", "0000:b1:00.0").containsEntry("unresponsive", "false");
  }

  @Test
  void negative_aCleanResetSaysNothing() {
    // No log rule at all finds anything, as vmdp explain --log would say.
    String[] logRules = LogRules.all().stream().map(Rule::id).toArray(String[]::new);
    RuleTest.forRules(logRules).log("vmkernel.log", ESXI7.lines().findFirst().get() + "\n").run().expectNone();
  }
}
