package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP205Test {

  @Test
  void positive_theGuidesPlaceholderIdsAreNotOnTheList() {
    var checked = RuleTest.forRules("VMDP205").esx("4.0").vmx("rhel3.vmx",
        GUIDE_RHEL3.replace("pciPassthru0.vendorId", "# BUG: VMDP205\npciPassthru0.vendorId")
            .replace("pciPassthru1.vendorId", "# BUG: VMDP205\npciPassthru1.vendorId")).run().expectMarked();
    assertThat(checked.all("VMDP205")).extracting(f -> f.facts().get("id")).containsExactly("12ab:3456", "78cd:6543");
  }

  @Test
  void negative_qlogic2500AndLsi1068eAreKnownToWorkOnEsx4() {
    String qlogic = GUIDE_RHEL3.replace("\"3456\"", "\"2532\"").replace("\"12ab\"", "\"1077\"")
        .replace("\"6543\"", "\"0058\"").replace("\"78cd\"", "\"1000\"");
    RuleTest.forRules("VMDP205").esx("4.1").vmx("rhel3.vmx", qlogic).run().expectNone();
  }

  @Test
  void negative_noListForLaterVersionsAndNoneForAGuess() {
    RuleTest.forRules("VMDP205").esx("6.7").vmx("rhel3.vmx", GUIDE_RHEL3).run().expectNone();
    RuleTest.forRules("VMDP205").vmx("fragment.vmx", "pciPassthru0.present = \"TRUE\"\n"
        + "pciPassthru0.vendorId = \"12ab\"\npciPassthru0.deviceId = \"3456\"\n").run().expectNone();
  }
}
