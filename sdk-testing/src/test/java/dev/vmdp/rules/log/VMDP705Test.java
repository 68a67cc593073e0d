package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP705Test {

  @Test
  void positive_hintsAndPredicatesLinesAreOneFinding() {
    String log = """
        2021-02-09T19:22:31.880Z| vmx| I005: DICT          pciPassthru0.id = "0000:65:00.0"
        2021-02-09T19:22:31.904Z| vmx| I005: AH No device hints found
        2021-02-09T19:22:31.904Z| vmx| I005: Failed to generate predicates for pciPassthru0
        2021-02-09T19:22:31.905Z| vmx| I005: Module 'DevicePowerOn' power on failed.
        """;
    Finding x = RuleTest.forRules("VMDP705").log("vmware.log", log).run().only("VMDP705");
    assertThat(x.ruleId()).isEqualTo("VMDP705");
    assertThat(x.location()).hasValue(SourceRef.of("vmware.log", 2));
    assertThat(x.facts()).containsEntry("entries", "pciPassthru0").containsEntry("preventedBy", "VMDP210")
        .containsEntry("lines", "2,3");
    assertThat(x.message()).isEqualTo("no device hints found for pciPassthru0: see VMDP210 (pciPassthruN.id must be decimal)");
  }

  @Test
  void positive_newFormat() {
    String log = "2024-03-01T11:00:00.000Z In(05) vmx AH No device hints found\n";
    assertThat(RuleTest.forRules("VMDP705").log("vmware.log", log).run().only("VMDP705").facts())
        .doesNotContainKey("entries");
  }

  @Test
  void negative_cleanLog() {
    RuleTest.forRules("VMDP705").log("vmware.log", LogTexts.CLEAN_ESXI8).run().expectNone();
  }
}
