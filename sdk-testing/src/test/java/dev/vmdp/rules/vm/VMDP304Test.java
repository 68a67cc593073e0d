package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.rules.VmxTexts.ESXI8_VGPU;
import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static dev.vmdp.testing.TestText.mark;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP304Test {

  @Test
  void negative_theGuidesSampleWithSlot19() {
    String guide = GUIDE_RHEL3;
    assertThat(guide).contains("pciBridge0.pciSlotNumber = \"19\"");
    RuleTest.forRules("VMDP304").esx("4.0").vmx("rhel3.vmx", guide).run().expectNone();
  }

  @Test
  void negative_slotNumbersAreNeverEvidence() {
    String vmx = replaceLine(ESXI7_GPU, "pciBridge4.pciSlotNumber", "pciBridge4.pciSlotNumber = \"1184\"");
    RuleTest.forRules("VMDP304").esx("7.0U3").vmx("ml01.vmx", vmx).run().expectNone();
  }

  @Test
  void positive_anAddedBridgeAndChangedFunctions() {
    String vmx = replaceLine(ESXI7_GPU, "pciBridge6.functions", "# BUG: VMDP304\npciBridge6.functions = \"4\"");
    vmx = mark(vmx + "pciBridge2.present = \"TRUE\"\n", "pciBridge2.present", "VMDP304");
    var checked = RuleTest.forRules("VMDP304").esx("7.0U3").vmx("ml01.vmx", vmx).run().expectMarked();
    assertThat(checked.all("VMDP304")).extracting(f -> f.facts().get("key"))
        .containsExactlyInAnyOrder("pciBridge2.present", "pciBridge6.functions");
  }

  @Test
  void positive_acpiLayoutOnHw19() {
    String vmx = mark(replaceLine(ESXI8_VGPU, "virtualHW.version", "virtualHW.version = \"19\""),
        "chipset.motherboardLayout", "VMDP304");
    RuleTest.forRules("VMDP304", "VMDP303").esx("7.0U3").vmx("vdi01.vmx", vmx).run().expectMarked();
  }
}
