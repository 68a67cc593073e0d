package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP211Test {

  static String esxcli(boolean capable) {
    return """
        0000:3b:00.0
           Address: 0000:3b:00.0
           Segment: 0x0000
           Bus: 0x3b
           Slot: 0x00
           Function: 0x0
           VMkernel Name:
           Vendor Name: NVIDIA Corporation
           Device Name: GA100 [A100 PCIe 80GB]
           Configured Owner: VM Passthru
           Current Owner: VM Passthru
           Vendor ID: 0x10de
           Device ID: 0x1eb8
           Device Class: 0x0302
           Device Class Name: 3D controller
           Passthru Capable: %s
           Parent Device: PCI 0:58:0:0
           Dependent Device: PCI 0:59:0:0
           Reset Method: Function reset
           FPT Sharable: true

        """.formatted(capable);
  }

  @Test
  void positive_esxcliSaysNotPassthroughCapable() {
    var f = RuleTest.forRules("VMDP211").esx("7.0U3").vmx("ml01.vmx", mark(ESXI7_GPU, "pciPassthru0.id", "VMDP211"))
        .esxcli("pci-list.txt", esxcli(false)).run().expectMarked().only("VMDP211");
    assertThat(f.facts()).containsEntry("address", "0000:3b:00.0").containsEntry("passthruCapable", "false");
  }

  @Test
  void negative_capableOrNotReported() {
    RuleTest.forRules("VMDP211").esx("7.0U3").vmx("ml01.vmx", ESXI7_GPU).esxcli("pci-list.txt", esxcli(true))
        .run().expectNone();
    RuleTest.forRules("VMDP211").esx("7.0U3").vmx("ml01.vmx", ESXI7_GPU).run().expectNone();
  }
}
