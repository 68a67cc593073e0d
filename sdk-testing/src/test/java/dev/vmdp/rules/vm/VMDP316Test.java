package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI8_VGPU;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP316Test {

  @Test
  void positive_hw21OnEsxi80() {
    var f = RuleTest.forRules("VMDP316").esx("8.0").vmx("vdi01.vmx", mark(ESXI8_VGPU, "virtualHW.version", "VMDP316"))
        .run().expectMarked().only("VMDP316");
    assertThat(f.facts()).containsEntry("hardwareVersion", "21").containsEntry("newestHardwareVersion", "20")
        .containsEntry("oldestProduct", "8.0U2");
  }

  @Test
  void negative_onEsxi80U2OrWithoutAGivenVersion() {
    RuleTest.forRules("VMDP316").esx("8.0U2").vmx("vdi01.vmx", ESXI8_VGPU).run().expectNone();
    RuleTest.forRules("VMDP316").vmx("vdi01.vmx", ESXI8_VGPU).run().expectNone();
  }
}
