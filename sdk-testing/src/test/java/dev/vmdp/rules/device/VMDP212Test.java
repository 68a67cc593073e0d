package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI8_SRIOV;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP212Test {

  @Test
  void positive_thePhysicalFunctionHasNoVirtualFunctionsEnabled() {
    var f = RuleTest.forRules("VMDP212").esx("8.0U3").vmx("nfv01.vmx", mark(ESXI8_SRIOV, "pciPassthru31.pfId", "VMDP212"))
        .lspci("lspci.txt", LspciTexts.XXV710_NO_VFS).run().expectMarked().only("VMDP212");
    assertThat(f.facts()).containsEntry("pf", "0000:1a:00.1").containsEntry("evidence", "numVfsZero")
        .containsEntry("numVfs", "0").containsEntry("totalVfs", "64");
  }

  @Test
  void negative_vfsEnabledOrCapabilitiesNotShown() {
    RuleTest.forRules("VMDP212").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV)
        .lspci("lspci.txt", LspciTexts.XXV710_NO_VFS.replace("Number of VFs: 0", "Number of VFs: 8")).run().expectNone();
    RuleTest.forRules("VMDP212").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV).lspci("lspci.txt", LspciTexts.HOST_NN)
        .run().expectNone();
  }
}
