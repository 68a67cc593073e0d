package dev.vmdp.rules.host;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static dev.vmdp.rules.host.Esx40Files.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP102Test {
  @Test
  void positive_amdIommuOnEsx40() {
    Finding f = RuleTest.forRules("VMDP102").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml",
            inventory("version: \"4.0\"\ncpu: amd\n# BUG: VMDP102\niommu: {kind: amd-vi, biosEnabled: true}"))
        .run().expectMarked().only("VMDP102");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subject()).isEqualTo("host esx01");
    assertThat(f.facts()).containsEntry("version", "4.0").containsEntry("versionAssumed", "false")
        .containsEntry("evidence", "iommuKind");
  }

  @Test
  void positive_amdModuleInModuleListOnAssumedVersion() {
    // No version given: the VM's virtual hardware 7 makes it ESX 4.0, an assumption the fact says.
    Finding f = RuleTest.forRules("VMDP102").vmx("rhel3.vmx", GUIDE_RHEL3)
        .modules("modules.txt", Esx40Files.modules("amd_iommu")).run().only("VMDP102");
    assertThat(f.facts()).containsEntry("version", "4.0").containsEntry("versionAssumed", "true")
        .containsEntry("evidence", "amd_iommu");
  }

  @Test
  void negative_amdIommuOnEsxi50() {
    RuleTest.forRules("VMDP102").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory("version: \"5.0\"\ncpu: amd\niommu: {kind: amd-vi, biosEnabled: true}"))
        .run().expectNone();
  }

  @Test
  void negative_intelOrUnknownIommuOnEsx4() {
    RuleTest.forRules("VMDP102").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory("version: \"4.1\"\ncpu: intel\niommu: {kind: vt-d, biosEnabled: true}"))
        .run().expectNone();
    RuleTest.forRules("VMDP102").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory("version: \"4.0\"\ncpu: intel")).run().expectNone();
  }
}
