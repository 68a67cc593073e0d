package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP702Test {

  @Test
  void positive_pagesAboveTheLimitPointAt64bitMmio() {
    Finding f = RuleTest.forRules("VMDP702").log("vmware.log", """
        2023-05-11T08:21:40.118Z In(05) vmx PCIPassthru: total number of pages needed (8404992) exceeds limit (4194304)
        2023-05-11T08:21:40.118Z In(05) vmx Module 'DevicePowerOn' power on failed.
        """).run().all("VMDP702").get(0);
    assertThat(f.facts()).containsEntry("confirmed", "true").containsEntry("preventedBy", "VMDP311")
        .containsEntry("pagesNeeded", "8404992").containsEntry("pagesLimit", "4194304");
  }

  @Test
  void positive_aDevicePowerOnFailureWithoutRecognisedCauseSaysSo() {
    Finding f = RuleTest.forRules("VMDP702").log("vmware.log", """
        2023-05-11T08:21:40.100Z In(05) vmx PCIPassthru: 0000:3b:00.0: some message vmdp does not know
        2023-05-11T08:21:40.118Z In(05) vmx module 'devicepoweron' power on failed.
        """).run().all("VMDP702").get(0);
    assertThat(f.message()).contains("no cause vmdp recognises").doesNotContain("64bitMMIO").doesNotContain("VMDP311");
    assertThat(f.facts()).containsEntry("confirmed", "false").containsEntry("preventedBy", "unknown");
  }
}
