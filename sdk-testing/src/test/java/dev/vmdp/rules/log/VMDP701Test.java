package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP701Test {
  /** ESX 4.x power-on of a conventional PCI-X HBA presented as PCIe (the guide's lines). */
  static final String WRONG_PCIE = """
      2011-03-02T10:14:07.498Z| vmx| I125: PCIPassthru: Selected device 016:00.0 for passthrough
      2011-03-02T10:14:07.512Z| vmx| I125: PCIPassthru: Device 016:00.0 barIndex 0 type Mem realaddr 0xfa000000 size 33554432
      2011-03-02T10:14:07.512Z| vmx| I125: PCIPassthru: PCI device 016:00.0 is marked wrong PCIe
      2011-03-02T10:14:07.513Z| vmx| I125: PCIPassthru: Failed to register PCI slot 016:00.0
      2011-03-02T10:14:07.513Z| vmx| I125: Module 'DevicePowerOn' power on failed.
      2011-03-02T10:14:07.513Z| vmx| I125: Msg_Post: Error
      2011-03-02T10:14:07.513Z| vmx| I125: [msg.pciPassthru.regFailed] PCI device 016:00.0 is marked wrong PCIe.
      2011-03-02T10:14:07.513Z| vmx| I125+ Failed to register PCI slot 016:00.0.
      2011-03-02T10:14:07.513Z| vmx| I125: ----------------------------------------
      """;

  @Test
  void positive_oneFindingForAllLinesOfOneDevice() {
    Finding x = RuleTest.forRules("VMDP701").log("vmware.log", WRONG_PCIE).run().only("VMDP701");
    assertThat(x.ruleId()).isEqualTo("VMDP701");
    assertThat(x.subject()).isEqualTo("log vmware.log");
    assertThat(x.location()).hasValue(SourceRef.of("vmware.log", 3));
    assertThat(x.facts()).containsEntry("address", "016:00.0").containsEntry("preventedBy", "VMDP206")
        .containsEntry("fix", "set pciPassthruN.virtualDev = \"pci\"").containsEntry("lines", "3,4,7,8")
        .containsEntry("signature", "is marked wrong PCIe; Failed to register PCI slot");
    assertThat(x.message()).isEqualTo(
        "device 016:00.0 is marked wrong PCIe: see VMDP206 (set pciPassthruN.virtualDev = \"pci\")");
  }

  @Test
  void positive_newFormatTwoDevicesAndTwoFilesAreSeparate() {
    String two = """
        2024-02-01T09:00:01.100Z In(05) vmx PCIPassthru: PCI device 00000:022:00.0 is marked wrong PCIe
        2024-02-01T09:00:01.101Z In(05) vmx PCIPassthru: Failed to register PCI slot 00000:023:00.0
        """;
    List<Finding> f = RuleTest.forRules("VMDP701").log("vmware.log", two).log("vmware-1.log", WRONG_PCIE).run()
        .all("VMDP701");
    // In report order: by subject (the log), each log's findings in line order.
    assertThat(f).extracting(x -> x.facts().get("address"), x -> x.location().orElseThrow().toString())
        .containsExactly(
            tuple("016:00.0", "vmware-1.log:3"),
            tuple("00000:022:00.0", "vmware.log:1"),
            tuple("00000:023:00.0", "vmware.log:2"));
    assertThat(f.get(2).message()).startsWith("failed to register PCI slot 00000:023:00.0: see VMDP206");
  }

  @Test
  void negative_cleanPowerOn() {
    RuleTest.forRules("VMDP701").log("vmware.log", LogTexts.CLEAN_ESXI8).run().expectNone();
  }
}
