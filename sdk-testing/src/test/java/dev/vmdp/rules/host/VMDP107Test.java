package dev.vmdp.rules.host;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static dev.vmdp.rules.host.Esx40Files.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP107Test {
  @Test
  void positive_esx35WithPassthroughEntries() {
    Finding f = RuleTest.forRules("VMDP107").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory("cpu: intel\n# BUG: VMDP107\nversion: \"3.5\""))
        .run().expectMarked().only("VMDP107");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("host esx01");
    assertThat(f.facts()).containsEntry("version", "3.5").containsEntry("minimumVersion", "4.0");
  }

  @Test
  void positive_versionGivenOnTheCommandLine() {
    RuleTest.forRules("VMDP107").esx("3.5").vmx("rhel3.vmx", GUIDE_RHEL3).run().only("VMDP107");
  }

  @Test
  void negative_esx40OrVersionUnknown() {
    RuleTest.forRules("VMDP107").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory("cpu: intel\nversion: \"4.0\""))
        .run().expectNone();
    RuleTest.forRules("VMDP107").vmx("rhel3.vmx", GUIDE_RHEL3).inventory("inventory.yaml", inventory("cpu: intel\n")).run()
        .expectNone();
  }

  @Test
  void negative_esx35WithoutPresentEntries() {
    RuleTest.forRules("VMDP107").vmx("rhel3.vmx", Esx40Files.RHEL3_IDLE)
        .inventory("inventory.yaml", inventory("cpu: intel\nversion: \"3.5\"")).run().expectNone();
  }
}
