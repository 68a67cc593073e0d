package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.rules.VmxTexts.ESXI8_SRIOV;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP202Test {

  @Test
  void positive_theVmExpectsAnotherGpuThanTheHostHasThere() {
    var f = RuleTest.forRules("VMDP202").esx("7.0U3").vmx("ml01.vmx", mark(ESXI7_GPU, "pciPassthru0.vendorId", "VMDP202"))
        .lspci("lspci.txt", LspciTexts.HOST_NN).run().expectMarked().only("VMDP202");
    assertThat(f.facts()).containsEntry("expectedId", "10de:1eb8").containsEntry("hostId", "10de:20b5");
  }

  @Test
  void negative_anSriovAdapterWritesIdsZeroOnPurpose() {
    RuleTest.forRules("VMDP202").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV).lspci("lspci.txt", LspciTexts.HOST_NN)
        .run().expectNone();
  }

  @Test
  void negative_matchingIds() {
    RuleTest.forRules("VMDP202").esx("7.0U3").vmx("ml01.vmx", ESXI7_GPU.replace("0x1eb8", "0x20b5"))
        .lspci("lspci.txt", LspciTexts.HOST_NN).run().expectNone();
  }
}
