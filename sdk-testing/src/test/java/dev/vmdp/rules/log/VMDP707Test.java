package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP707Test {

  @Test
  void positive_oneFindingPerDeviceWithCount() {
    String log = """
        2020-07-30T22:05:17.412Z| vmx| I125: PCIPassthru: 0000:03:00.0 caused an IOMMU fault type 6 at address 0x7ff0e000
        2020-07-30T22:05:17.980Z| vmx| I125: PCIPassthru: 0000:03:00.0 caused an IOMMU fault type 6 at address 0x7ff0f000
        2020-07-30T22:05:18.001Z| vmx| I125: PCIPassthru: 0000:04:00.0 caused an IOMMU fault type 5 at address 0x10000000
        """;
    List<Finding> f = RuleTest.forRules("VMDP707").log("vmware.log", log).run().all("VMDP707");
    assertThat(f).hasSize(2);
    assertThat(f.get(0).ruleId()).isEqualTo("VMDP707");
    assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(f.get(0).facts()).containsEntry("address", "0000:03:00.0").containsEntry("count", "2")
        .containsEntry("faultType", "6").containsEntry("faultAddress", "0x7ff0e000").containsEntry("preventedBy", "none");
    assertThat(f.get(0).message()).isEqualTo(
        "device 0000:03:00.0 caused an IOMMU fault (2 times) (device DMA outside guest memory)");
    assertThat(f.get(0).location()).hasValue(SourceRef.of("vmware.log", 1));
    assertThat(f.get(1).facts()).containsEntry("address", "0000:04:00.0").containsEntry("count", "1");
  }

  @Test
  void negative_successfulIommuMappings() {
    RuleTest.forRules("VMDP707").log("vmware.log", LogTexts.CLEAN_ESXI8).run().expectNone();
  }
}
