package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI7_DYNAMIC;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP313Test {

  @Test
  void positive_allowedDevicesOnHw15() {
    String vmx = mark(replaceLine(ESXI7_DYNAMIC, "virtualHW.version", "virtualHW.version = \"15\""),
        "pciPassthru0.allowedDevices", "VMDP313");
    var f = RuleTest.forRules("VMDP313").esx("6.7U3").vmx("train01.vmx", vmx).run().expectMarked().only("VMDP313");
    assertThat(f.facts()).containsEntry("hardwareVersion", "15").containsEntry("allowedDevices", "0x10de:0x20b5");
  }

  @Test
  void negative_hw19() {
    RuleTest.forRules("VMDP313").esx("7.0U3").vmx("train01.vmx", ESXI7_DYNAMIC).run().expectNone();
  }
}
