package dev.vmdp.rules.device;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.rules.VmxTexts.ESXI8_SRIOV;
import static dev.vmdp.rules.VmxTexts.ESXI8_VGPU;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP201Test {

  @Test
  void positive_aFixedIdTheHostDoesNotHave() {
    String vmx = mark(ESXI7_GPU.replace("\"00000:059:00.0\"", "\"00000:094:00.0\""), "pciPassthru0.id", "VMDP201");
    var f = RuleTest.forRules("VMDP201").esx("7.0U3").vmx("ml01.vmx", vmx).lspci("lspci.txt", LspciTexts.HOST_NN)
        .run().expectMarked().only("VMDP201");
    assertThat(f.facts()).containsEntry("kind", "fixed").containsEntry("key", "id").containsEntry("address", "0000:5e:00.0");
  }

  @Test
  void positive_anSriovAdapterWhosePhysicalFunctionIsAbsent() {
    String vmx = mark(ESXI8_SRIOV.replace("00000:026:00.1", "00000:027:00.1"), "pciPassthru31.pfId", "VMDP201");
    var f = RuleTest.forRules("VMDP201").esx("8.0U3").vmx("nfv01.vmx", vmx).lspci("lspci.txt", LspciTexts.HOST_NN)
        .run().expectMarked().only("VMDP201");
    assertThat(f.facts()).containsEntry("kind", "sriov").containsEntry("key", "pfId").containsEntry("address", "0000:1b:00.1");
  }

  @Test
  void negative_presentPfAndAVgpuWithoutAddress() {
    RuleTest.forRules("VMDP201").esx("8.0U3").vmx("nfv01.vmx", ESXI8_SRIOV).vmx("vdi01.vmx", ESXI8_VGPU)
        .lspci("lspci.txt", LspciTexts.HOST_NN).run().expectNone();
  }
}
