package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP107Test {
  /** An inventory of esx01 with these host lines, running the guide's VM. */
  static String inventory(String lines) {
    return """
        hosts:
          esx01:
            cpu: intel
        %s
        vms:
          - vmx: rhel3.vmx
            host: esx01
        """.formatted(lines.indent(4).stripTrailing());
  }

  @Test
  void positive_esx35WithPassthroughEntries() {
    Finding f = RuleTest.forRules("VMDP107").vmx("rhel3.vmx", Esx40Files.RHEL3)
        .inventory("inventory.yaml", inventory("# BUG: VMDP107\nversion: \"3.5\"")).run().expectMarked().only("VMDP107");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("host esx01");
    assertThat(f.facts()).containsEntry("version", "3.5").containsEntry("minimumVersion", "4.0");
  }

  @Test
  void positive_versionGivenOnTheCommandLine() {
    RuleTest.forRules("VMDP107").esx("3.5").vmx("rhel3.vmx", Esx40Files.RHEL3).run().only("VMDP107");
  }

  @Test
  void negative_esx40OrVersionUnknown() {
    RuleTest.forRules("VMDP107").vmx("rhel3.vmx", Esx40Files.RHEL3).inventory("inventory.yaml", inventory("version: \"4.0\""))
        .run().expectNone();
    RuleTest.forRules("VMDP107").vmx("rhel3.vmx", Esx40Files.RHEL3).inventory("inventory.yaml", inventory("")).run()
        .expectNone();
  }

  @Test
  void negative_esx35WithoutPresentEntries() {
    RuleTest.forRules("VMDP107").vmx("rhel3.vmx", Esx40Files.RHEL3_IDLE)
        .inventory("inventory.yaml", inventory("version: \"3.5\"")).run().expectNone();
  }
}
