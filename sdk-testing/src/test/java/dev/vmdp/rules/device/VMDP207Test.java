package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.rules.VmxTexts.ESXI8_SRIOV;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP207Test {

  @Test
  void positive_twoVmsOnOneGpuGetOneFindingNamingBoth() {
    var checked = RuleTest.forRules("VMDP207").esx("7.0U3")
        .vmx("ml01.vmx", mark(ESXI7_GPU, "pciPassthru0.id", "VMDP207"))
        .vmx("ml02.vmx", ESXI7_GPU.replace("\"ml01\"", "\"ml02\"")).run().expectMarked();
    Finding f = checked.only("VMDP207");
    assertThat(f.facts()).containsEntry("address", "0000:3b:00.0").containsEntry("vms", "ml01,ml02")
        .containsEntry("count", "2");
    assertThat(f.facts().get("entries")).startsWith("ml01:pciPassthru0@").contains("ml01.vmx:31,ml02:pciPassthru0@")
        .endsWith("ml02.vmx:30");
  }

  @Test
  void positive_copiesOfOneVmxAreNamedByTheirFiles() {
    var checked = RuleTest.forRules("VMDP207").esx("7.0U3")
        .vmx("ml01.vmx", mark(ESXI7_GPU, "pciPassthru0.id", "VMDP207"))
        .vmx("ml01-copy.vmx", ESXI7_GPU).run().expectMarked();
    Finding f = checked.only("VMDP207");
    assertThat(f.facts()).containsEntry("count", "2");
    assertThat(f.facts().get("vms")).matches("ml01 \\[.*/ml01\\.vmx],ml01 \\[.*/ml01-copy\\.vmx]");
  }

  @Test
  void negative_manyVmsMayUseVirtualFunctionsOfOnePhysicalFunction() {
    RuleTest.forRules("VMDP207").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV)
        .vmx("nfv02.vmx", ESXI8_SRIOV.replace("\"nfv01\"", "\"nfv02\"")).run().expectNone();
  }

  /** Issue #18: 2,000 VMs on 8 addresses printed 13 MB; now one finding per address, each VM named once. */
  @Test
  void outputIsLinearInTheNumberOfVms() {
    RuleTest t = RuleTest.forRules("VMDP207").esx("7.0U3");
    int vms = 2000;
    for (int i = 0; i < vms; i++) {
      String bus = String.format("%03d", 100 + i % 8);
      t.vmx("vm" + i + ".vmx",
          ESXI7_GPU.replace("\"ml01\"", "\"vm" + i + "\"").replace("00000:059:00.0", "00000:" + bus + ":00.0"));
    }
    List<Finding> found = t.run().all("VMDP207");
    assertThat(found).hasSize(8);
    long size = found.stream().mapToLong(f -> f.message().length() + f.facts().toString().length()).sum();
    // Each VM appears once, in one fact, with its entry and place: some 60 bytes per VM.
    assertThat(size).isLessThan(vms * 120L);
    assertThat(found).allSatisfy(f -> assertThat(f.facts()).containsEntry("count", String.valueOf(vms / 8)));
  }
}
