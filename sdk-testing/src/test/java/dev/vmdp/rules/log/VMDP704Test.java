package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP704Test {
  static final String MISMATCH = """
      2012-11-05T16:40:03.760Z| vmx| I120: PCIPassthru: Selected device 003:00.0 for passthrough
      2012-11-05T16:40:03.771Z| vmx| I120: PCIPassthru: systemId does not match for device 003:00.0 or the deviceId and vendorId do not match
      2012-11-05T16:40:03.771Z| vmx| I120: Module 'DevicePowerOn' power on failed.
      """;

  @Test
  void positive_mismatchNamesBothRulesAndTheDevice() {
    Checked c = RuleTest.forRules("VMDP704", "VMDP702").log("vmware.log", MISMATCH).run();
    Finding x = c.only("VMDP704");
    assertThat(x.ruleId()).isEqualTo("VMDP704");
    assertThat(x.location()).hasValue(SourceRef.of("vmware.log", 2));
    assertThat(x.facts()).containsEntry("address", "003:00.0").containsEntry("preventedBy", "VMDP203,VMDP202");
    assertThat(x.message()).isEqualTo("passthrough systemId or deviceId/vendorId mismatch for device 003:00.0:"
        + " see VMDP203 and VMDP202 (add the device again)");
    assertThat(c.all("VMDP702")).as("the cause is known").isEmpty();
  }

  @Test
  void negative_cleanLog() {
    RuleTest.forRules("VMDP704").log("vmware.log", LogTexts.CLEAN_ESXI8).run().expectNone();
    RuleTest.forRules("VMDP704").log("v.log", "2012-11-05T16:40:03.771Z| vmx| I120: systemId does not match\n").run()
        .expectNone();
  }
}
