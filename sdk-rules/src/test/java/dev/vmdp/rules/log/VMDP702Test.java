package dev.vmdp.rules.log;

import static dev.vmdp.rules.log.LogRuleTesting.check;
import static dev.vmdp.rules.log.LogRuleTesting.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import org.junit.jupiter.api.Test;

class VMDP702Test {
  private final MmioLimitLogged rule = new MmioLimitLogged();

  /** ESXi 8, a 32 GB BAR GPU in a VM without 64-bit MMIO. */
  static final String PAGES = """
      2023-05-11T08:21:40.101Z In(05) vmx PCIPassthru: Device 0000:42:00.0 barIndex 1 type 3 realaddr 0x3b800000000 size 34359738368 flags 12
      2023-05-11T08:21:40.118Z In(05) vmx PCIPassthru: total number of pages needed (8404992) exceeds limit (4194304), failing
      2023-05-11T08:21:40.118Z In(05) vmx Module 'DevicePowerOn' power on failed.
      2023-05-11T08:21:40.118Z In(05) vmx Msg_Post: Error
      2023-05-11T08:21:40.118Z In(05) vmx [msg.moduletable.powerOnFailed] Module 'DevicePowerOn' power on failed.
      2023-05-11T08:21:40.118Z In(05) vmx ----------------------------------------
      """;

  @Test
  void positive_pagesLineWithItsPowerOnFailureIsOneFinding() {
    assertThat(check(rule, read(PAGES, "vmware.log"))).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP702");
      assertThat(x.location()).hasValue(SourceRef.of("vmware.log", 2));
      assertThat(x.facts()).containsEntry("pagesNeeded", "8404992").containsEntry("pagesLimit", "4194304")
          .containsEntry("confirmed", "true").containsEntry("preventedBy", "VMDP311").containsEntry("lines", "2,3,5");
      assertThat(x.message()).isEqualTo(
          "passthrough MMIO pages exceed the limit (8404992 needed, limit 4194304): see VMDP311 (pciPassthru.use64bitMMIO)");
    });
  }

  @Test
  void positive_powerOnFailureAloneIsReportedUnconfirmed() {
    String alone = """
        2020-01-20T14:02:11.350+01:00| vmx| I125: Module 'DevicePowerOn' power on failed.
        2020-01-20T14:02:11.350+01:00| vmx| I125: Msg_Post: Error
        """;
    assertThat(check(rule, read(alone, "vmware.log"))).singleElement().satisfies(x -> {
      assertThat(x.facts()).containsEntry("confirmed", "false").doesNotContainKey("pagesNeeded")
          .containsEntry("signature", "Module 'DevicePowerOn' power on failed");
      assertThat(x.message()).startsWith("device power-on failed (Module 'DevicePowerOn')");
    });
  }

  @Test
  void negative_powerOnFailureWithAnotherKnownCauseOrCleanLog() {
    assertThat(check(rule, read(VMDP701Test.WRONG_PCIE, "vmware.log"))).isEmpty();
    assertThat(check(rule, read(LogRuleTesting.CLEAN_ESXI8, "vmware.log"))).isEmpty();
  }
}
