package dev.vmdp.rules.log;

import static dev.vmdp.rules.log.LogRuleTesting.check;
import static dev.vmdp.rules.log.LogRuleTesting.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import org.junit.jupiter.api.Test;

class VMDP704Test {
  private final DeviceMismatchLogged rule = new DeviceMismatchLogged();

  static final String MISMATCH = """
      2012-11-05T16:40:03.760Z| vmx| I120: PCIPassthru: Selected device 003:00.0 for passthrough
      2012-11-05T16:40:03.771Z| vmx| I120: PCIPassthru: systemId does not match for device 003:00.0 or the deviceId and vendorId do not match
      2012-11-05T16:40:03.771Z| vmx| I120: Module 'DevicePowerOn' power on failed.
      """;

  @Test
  void positive_mismatchNamesBothRulesAndTheDevice() {
    assertThat(check(rule, read(MISMATCH, "vmware.log"))).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP704");
      assertThat(x.location()).hasValue(SourceRef.of("vmware.log", 2));
      assertThat(x.facts()).containsEntry("address", "003:00.0").containsEntry("preventedBy", "VMDP203,VMDP202");
      assertThat(x.message()).isEqualTo("passthrough systemId or deviceId/vendorId mismatch for device 003:00.0:"
          + " see VMDP203 and VMDP202 (add the device again)");
    });
    assertThat(check(new MmioLimitLogged(), read(MISMATCH, "vmware.log"))).as("the cause is known").isEmpty();
  }

  @Test
  void negative_cleanLog() {
    assertThat(check(rule, read(LogRuleTesting.CLEAN_ESXI8, "vmware.log"))).isEmpty();
    assertThat(check(rule, read("2012-11-05T16:40:03.771Z| vmx| I120: systemId does not match\n", "v.log")))
        .as("half a signature").isEmpty();
  }
}
