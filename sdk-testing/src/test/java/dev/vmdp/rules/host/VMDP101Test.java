package dev.vmdp.rules.host;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static dev.vmdp.rules.host.Esx40Files.ESX40_INTEL;
import static dev.vmdp.rules.host.Esx40Files.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP101Test {
  @Test
  void positive_hostWithoutIommuAndPassthroughEntries() {
    Finding f = RuleTest.forRules("VMDP101").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory(ESX40_INTEL + "# BUG: VMDP101\niommu: {kind: none}"))
        .run().expectMarked().only("VMDP101");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("host esx01");
    assertThat(f.facts()).containsEntry("iommu", "none").containsEntry("cpuVendor", "intel");
  }

  @Test
  void positive_moduleListDoesNotOverrideKnownAbsence() {
    // vtddmar loaded proves nothing when the platform has no IOMMU; and neither 103 nor 104 joins in.
    RuleTest.forRules("VMDP101", "VMDP103", "VMDP104").vmx("rhel3.vmx", GUIDE_RHEL3)
        .file("modules.txt", Esx40Files.modules("vtddmar"))
        .inventory("inventory.yaml", inventory(ESX40_INTEL + "# BUG: VMDP101\niommu: {kind: none}\nmoduleList: modules.txt"))
        .run().expectMarked();
  }

  @Test
  void negative_vtdHostOrUnknownKind() {
    RuleTest.forRules("VMDP101").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory(ESX40_INTEL + "iommu: {kind: vt-d, biosEnabled: true}")).run().expectNone();
    RuleTest.forRules("VMDP101").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory(ESX40_INTEL)).run().expectNone();
  }

  @Test
  void negative_noPresentPassthroughEntry() {
    RuleTest.forRules("VMDP101").vmx("rhel3.vmx", Esx40Files.RHEL3_IDLE)
        .inventory("inventory.yaml", inventory(ESX40_INTEL + "iommu: {kind: none}")).run().expectNone();
    // The host has a device enabled for passthrough, which needs the IOMMU whatever the VM says.
    RuleTest.forRules("VMDP101").vmx("rhel3.vmx", Esx40Files.RHEL3_IDLE).inventory("inventory.yaml", inventory(ESX40_INTEL + """
        # BUG: VMDP101
        iommu: {kind: none}
        devices:
          - {address: 0000:03:00.0, id: 12ab:3456, passthrough: active}""")).run().expectMarked();
  }
}
