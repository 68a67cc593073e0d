package dev.vmdp.rules.host;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static dev.vmdp.rules.host.Esx40Files.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP104Test {
  @Test
  void positive_biosEnabledButNothingVerified() {
    Finding f = RuleTest.forRules("VMDP104").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory("version: \"4.0\"\ncpu: intel\niommu: {kind: vt-d, biosEnabled: true}")).run()
        .only("VMDP104");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.subject()).isEqualTo("host esx01");
    assertThat(f.facts()).containsEntry("moduleList", "absent").containsEntry("iommuKind", "intel_vtd");
  }

  @Test
  void positive_hostCheckedAloneWithNoFacts() {
    Finding f = RuleTest.forRules("VMDP104").lspci("lspci-nnvvv.txt", TestHosts.lspci()).run().only("VMDP104");
    assertThat(f.facts()).containsEntry("iommuKind", "unknown");
  }

  @Test
  void negative_moduleListOrReportGiven() {
    RuleTest.forRules("VMDP104").vmx("rhel3.vmx", GUIDE_RHEL3)
        .modules("modules.txt", Esx40Files.modules("vtddmar")).run().expectNone();
    RuleTest.forRules("VMDP104").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory("version: \"4.0\"\niommu: {kind: vt-d, biosEnabled: true, active: true}")).run()
        .expectNone();
  }

  @Test
  void negative_vmsWithoutPassthrough() {
    RuleTest.forRules("VMDP104").vmx("rhel3.vmx", Esx40Files.RHEL3_IDLE).run().expectNone();
  }

  /** One IOMMU fact: absent, or its YAML spelling. */
  private static final List<String> KINDS = Arrays.asList(null, "none", "vt-d", "amd-vi");
  private static final List<String> FLAGS = Arrays.asList(null, "true", "false");
  private static final List<String> MODULES = Arrays.asList(null, "[]", "[vmkernel]", "[vmkernel, vtddmar]",
      "[amd_iommu]");

  @Test
  void exactlyOneOf101And103And104UnlessVerified() {
    int cases = 0;
    for (String kind : KINDS) {
      for (String bios : FLAGS) {
        for (String active : FLAGS) {
          for (String modules : MODULES) {
            if ("none".equals(kind) && ("true".equals(bios) || "true".equals(active))) {
              continue; // an inventory refuses an IOMMU that is absent and enabled
            }
            List<String> iommu = new ArrayList<>();
            if (kind != null) {
              iommu.add("kind: " + kind);
            }
            if (bios != null) {
              iommu.add("biosEnabled: " + bios);
            }
            if (active != null) {
              iommu.add("active: " + active);
            }
            String lines = (iommu.isEmpty() ? "" : "iommu: {" + String.join(", ", iommu) + "}\n")
                + (modules == null ? "" : "modules: " + modules + "\n");
            Checked c = RuleTest.forRules("VMDP101", "VMDP103", "VMDP104").vmx("rhel3.vmx", GUIDE_RHEL3)
                .inventory("inventory.yaml", inventory("version: \"4.0\"\n" + lines)).run();
            boolean verified = !"none".equals(kind) && !"false".equals(bios) && !"false".equals(active)
                && ("true".equals(active) || (modules != null && (modules.contains("vtddmar") || modules.contains("amd_iommu"))));
            assertThat(c.findings()).as(lines).hasSize(verified ? 0 : 1);
            cases++;
          }
        }
      }
    }
    assertThat(cases).isEqualTo(155);
  }
}
