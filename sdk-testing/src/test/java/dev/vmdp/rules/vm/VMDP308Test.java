package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI67_BIOS_NIC;
import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP308Test {

  @Test
  void positive_rhel5GuestAvoidsMsi_fixTurnsPhysicalMsiOff() {
    String vmx = mark(replaceLine(ESXI67_BIOS_NIC, "guestOS", "guestOS = \"rhel5-64\""), "pciPassthru0.id", "VMDP308");
    var checked = RuleTest.forRules("VMDP308").esx("6.7").vmx("fw01.vmx", vmx).run().expectMarked();
    var f = checked.only("VMDP308");
    assertThat(f.facts()).containsEntry("guestOs", "rhel5-64").containsEntry("msiEnabled", "absent");
    assertThat(f.message()).doesNotContain("msiEnabled");
    checked.fix().expectEdits("set pciPassthru0.msiEnabled = \"FALSE\"")
        .expectWritten("fw01.vmx", "pciPassthru0.msiEnabled = \"FALSE\"").recheck().expectNone();
  }

  @Test
  void negative_windowsAloneIsNoReason() {
    for (String guest : new String[] {"winNetEnterprise-64", "winXPPro", "windows9Server-64"}) {
      RuleTest.forRules("VMDP308").esx("6.7").vmx("fw01.vmx",
          replaceLine(ESXI67_BIOS_NIC, "guestOS", "guestOS = \"" + guest + "\"")).run().expectNone();
    }
  }

  @Test
  void negative_theGuidesLinuxGuestIsNotKnownToAvoidMsi() {
    RuleTest.forRules("VMDP308").esx("4.0").vmx("rhel3.vmx", GUIDE_RHEL3)
        .run().expectNone();
  }
}
