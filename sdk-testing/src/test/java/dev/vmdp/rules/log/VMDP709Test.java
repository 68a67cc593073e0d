package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP709Test {

  /** ESXi 7.0 vmware.log of a VM whose passthrough device the platform cannot register. */
  static final String LOG = """
      2022-04-22T03:04:15.101Z| vmx| I005: PCIPassthru: Failed to register device 0000:0d:00.3 error = 0xffffffff
      2022-04-22T03:04:15.102Z| vmx| I005: Msg_Post: Error
      2022-04-22T03:04:15.102Z| vmx| I005: [msg.pciPassthru.createAdapterFailedPlatformNotSupported] Failed to register the device pciPassthru0 for 013:00.3 due to unavailable hardware or software support.
      2022-04-22T03:04:15.110Z| vmx| I005: Module 'DevicePowerOn' power on failed.
      """;

  @Test
  void positive_registrationFailsForUnsupportedPlatform() {
    Checked r = RuleTest.forRules("VMDP709", "VMDP702").log("vmware.log", LOG).run();
    Finding f = r.all("VMDP709").get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location().orElseThrow().line()).isEqualTo(3);
    assertThat(f.facts()).containsEntry("address", "013:00.3").containsEntry("entries", "pciPassthru0")
        .containsEntry("preventedBy", "VMDP101,VMDP103,VMDP205,VMDP211");
    // The DevicePowerOn line has a recognised cause here: no VMDP702 pointing at 64-bit MMIO.
    assertThat(r.all("VMDP702")).isEmpty();
  }

  @Test
  void positive_anyLetterCase() {
    assertThat(RuleTest.forRules("VMDP709").log("vmware.log", LOG.toLowerCase(java.util.Locale.ROOT)).run()
        .all("VMDP709")).hasSize(1);
  }
}
