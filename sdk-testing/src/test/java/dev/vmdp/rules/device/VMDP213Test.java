package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI7_DYNAMIC;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP213Test {

  @Test
  void positive_noDeviceOfTheHostMatches() {
    String vmx = mark(ESXI7_DYNAMIC.replace("0x10de:0x20b5", "0x10de:0x2236"), "pciPassthru0.allowedDevices", "VMDP213");
    var f = RuleTest.forRules("VMDP213").esx("7.0U3").vmx("train01.vmx", vmx).lspci("lspci.txt", LspciTexts.HOST_NN)
        .run().expectMarked().only("VMDP213");
    assertThat(f.facts()).containsEntry("reason", "noDevice").containsEntry("allowedDevices", "10de:2236");
  }

  @Test
  void positive_theMatchingDeviceStaysWithTheVmkernel() {
    var f = RuleTest.forRules("VMDP213").esx("7.0U3")
        .vmx("train01.vmx", mark(ESXI7_DYNAMIC, "pciPassthru0.allowedDevices", "VMDP213"))
        .lspci("lspci.txt", LspciTexts.HOST_NN).esxConf("esx.conf", "/device/059:00.0/owner = \"vmkernel\"\n")
        .run().expectMarked().only("VMDP213");
    assertThat(f.facts()).containsEntry("reason", "notEnabled").containsEntry("matching", "0000:3b:00.0");
  }

  @Test
  void negative_enabledOrOwnerNotKnown() {
    RuleTest.forRules("VMDP213").esx("7.0U3").vmx("train01.vmx", ESXI7_DYNAMIC).lspci("lspci.txt", LspciTexts.HOST_NN)
        .esxConf("esx.conf", "/device/059:00.0/owner = \"passthru\"\n").run().expectNone();
    RuleTest.forRules("VMDP213").esx("7.0U3").vmx("train01.vmx", ESXI7_DYNAMIC).lspci("lspci.txt", LspciTexts.HOST_NN)
        .run().expectNone();
  }
}
