package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP706Test {

  @Test
  void positive_esx4MonthDayLog() {
    String log = """
        Jun 21 09:12:43.998: vmx| DICT          virtualHW.version = 7
        Jun 21 09:12:44.030: vmx| No PCIe slot available for pciPassthru0. Too many PCI devices are already configured.
        Jun 21 09:12:44.030: vmx| No PCIe slot available for pciPassthru1. Too many PCI devices are already configured.
        """;
    Finding x = RuleTest.forRules("VMDP706").log("vmware.log", log).run().only("VMDP706");
    assertThat(x.ruleId()).isEqualTo("VMDP706");
    assertThat(x.location()).hasValue(SourceRef.of("vmware.log", 2));
    assertThat(x.facts()).containsEntry("entries", "pciPassthru0,pciPassthru1").containsEntry("preventedBy", "VMDP303");
    assertThat(x.message()).isEqualTo(
        "no PCIe slot available for pciPassthru0, pciPassthru1: see VMDP303 (pciBridge block missing or incomplete)");
  }

  @Test
  void negative_cleanLog() {
    RuleTest.forRules("VMDP706").log("vmware.log", LogTexts.CLEAN_ESXI8).run().expectNone();
  }
}
