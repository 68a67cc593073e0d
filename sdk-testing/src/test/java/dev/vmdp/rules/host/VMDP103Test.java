package dev.vmdp.rules.host;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static dev.vmdp.rules.host.Esx40Files.ESX40_INTEL;
import static dev.vmdp.rules.host.Esx40Files.inventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP103Test {
  static RuleTest test(String inventoryLines) {
    return RuleTest.forRules("VMDP103", "VMDP104").vmx("rhel3.vmx", GUIDE_RHEL3)
        .inventory("inventory.yaml", inventory(ESX40_INTEL + inventoryLines));
  }

  @Test
  void positive_biosOff() {
    Finding f = test("# BUG: VMDP103\niommu: {kind: vt-d, biosEnabled: false}").run().expectMarked().only("VMDP103");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("host esx01");
    assertThat(f.facts()).containsEntry("reason", "biosOff");
  }

  @Test
  void positive_reportedInactive() {
    Finding f = test("# BUG: VMDP103\niommu: {kind: vt-d, biosEnabled: true, active: false}").run().expectMarked()
        .only("VMDP103");
    assertThat(f.facts()).containsEntry("reason", "reportedInactive");
  }

  @Test
  void positive_moduleListWithoutIommuModule() {
    Checked c = test("iommu: {kind: vt-d, biosEnabled: true}\nmoduleList: modules.txt")
        .file("modules.txt", Esx40Files.modules(null)).run();
    Finding f = c.only("VMDP103");
    assertThat(f.facts()).containsEntry("reason", "noIommuModule")
        .containsEntry("iommuModules", "vtddmar,iommu,amd_iommu,amdiommu,dma_mapper_iommu");
    assertThat(f.location()).contains(SourceRef.of("modules.txt", 1));
    assertThat(c.all("VMDP104")).isEmpty();
  }

  @Test
  void positive_moduleListGivenAsAHostFilePointsAtIt() {
    Finding f = RuleTest.forRules("VMDP103").vmx("rhel3.vmx", GUIDE_RHEL3)
        .modules("modules.txt", Esx40Files.modules(null)).run().only("VMDP103");
    assertThat(f.facts()).containsEntry("reason", "noIommuModule");
    assertThat(f.location()).contains(SourceRef.of("modules.txt", 1));
  }

  @Test
  void negative_moduleListWithVtddmar() {
    RuleTest.forRules("VMDP103").vmx("rhel3.vmx", GUIDE_RHEL3)
        .modules("modules.txt", Esx40Files.modules("vtddmar")).run().expectNone();
  }

  @Test
  void negative_siteModuleListCounts() {
    KnowledgeBase kb = KnowledgeBase.standard();
    KnowledgeBase site = kb.withDevices(kb.devices().withIommuModules(List.of("vendor_iommu")));
    String modules = Esx40Files.modules("vendor_iommu");
    RuleTest.forRules("VMDP103").vmx("rhel3.vmx", GUIDE_RHEL3).modules("modules.txt", modules)
        .knowledge(site).run().expectNone();
    RuleTest.forRules("VMDP103").vmx("rhel3.vmx", GUIDE_RHEL3).modules("modules.txt", modules).run()
        .only("VMDP103");
  }

  @Test
  void negative_noEvidenceIsVmdp104Instead() {
    Checked c = test("iommu: {kind: vt-d, biosEnabled: true}").run();
    assertThat(c.all("VMDP103")).isEmpty();
    assertThat(c.all("VMDP104")).hasSize(1);
  }
}
