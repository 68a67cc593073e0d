package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.LspciTexts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP318Test {

  static final String GEFORCE_VM = ESXI7_GPU.replace("\"0x1eb8\"", "\"0x1e82\"");

  @Test
  void info_geforceWithoutTheHypervisorHidden() {
    var f = RuleTest.forRules("VMDP318").esx("7.0U3").vmx("game01.vmx", mark(GEFORCE_VM, "pciPassthru0.id", "VMDP318"))
        .lspci("lspci.txt", LspciTexts.geforce("3b")).run().expectMarked().only("VMDP318");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.facts()).containsEntry("hypervisorCpuidV0", "absent").containsEntry("address", "0000:3b:00.0");
  }

  @Test
  void negative_hiddenOrNotAConsumerGpu() {
    RuleTest.forRules("VMDP318").esx("7.0U3").vmx("game01.vmx", GEFORCE_VM + "hypervisor.cpuid.v0 = \"FALSE\"\n")
        .lspci("lspci.txt", LspciTexts.geforce("3b")).run().expectNone();
    RuleTest.forRules("VMDP318").esx("7.0U3").vmx("ml01.vmx", ESXI7_GPU)
        .lspci("lspci.txt", LspciTexts.a100("3b")).run().expectNone();
  }
}
