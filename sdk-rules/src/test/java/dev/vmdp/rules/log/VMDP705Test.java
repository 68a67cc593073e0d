package dev.vmdp.rules.log;

import static dev.vmdp.rules.log.LogRuleTesting.check;
import static dev.vmdp.rules.log.LogRuleTesting.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import org.junit.jupiter.api.Test;

class VMDP705Test {
  private final DeviceHintsLogged rule = new DeviceHintsLogged();

  @Test
  void positive_hintsAndPredicatesLinesAreOneFinding() {
    String log = """
        2021-02-09T19:22:31.880Z| vmx| I005: DICT          pciPassthru0.id = "0000:65:00.0"
        2021-02-09T19:22:31.904Z| vmx| I005: AH No device hints found
        2021-02-09T19:22:31.904Z| vmx| I005: Failed to generate predicates for pciPassthru0
        2021-02-09T19:22:31.905Z| vmx| I005: Module 'DevicePowerOn' power on failed.
        """;
    assertThat(check(rule, read(log, "vmware.log"))).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP705");
      assertThat(x.location()).hasValue(SourceRef.of("vmware.log", 2));
      assertThat(x.facts()).containsEntry("entries", "pciPassthru0").containsEntry("preventedBy", "VMDP210")
          .containsEntry("lines", "2,3");
      assertThat(x.message()).isEqualTo("no device hints found for pciPassthru0: see VMDP210 (pciPassthruN.id must be decimal)");
    });
  }

  @Test
  void positive_newFormat() {
    String log = "2024-03-01T11:00:00.000Z In(05) vmx AH No device hints found\n";
    assertThat(check(rule, read(log, "vmware.log"))).singleElement()
        .satisfies(x -> assertThat(x.facts()).doesNotContainKey("entries"));
  }

  @Test
  void negative_cleanLog() {
    assertThat(check(rule, read(LogRuleTesting.CLEAN_ESXI8, "vmware.log"))).isEmpty();
  }
}
