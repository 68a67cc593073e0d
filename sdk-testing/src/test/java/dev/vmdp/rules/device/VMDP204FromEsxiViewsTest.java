package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

/**
 * VMDP204 (device not enabled for passthrough) from ESXi's own views, as a host of ESXi 7 prints
 * them: {@code lspci -p} (the mode column, {@code V} for the VMkernel, {@code P} with module
 * {@code pciPassthru}; the format of a vmkvsitools session on ESXi 7.0 U2 and of Intel's mfd-esxi
 * tests) and {@code esxcli hardware pci pcipassthru list} ({@code Device ID  Enabled}).
 */
class VMDP204FromEsxiViewsTest {
  static final String LSPCI_P = """
      Segm:Bu:De.F Vend:Dvid Subv:Subd ISA/irq/Vect P M Module       Name
      0000:03:00.0 8086:10c6 8086:a15f 255/   /     A V ixgbe        vmnic2
      0000:04:00.0 1077:2532 1077:015d 255/   /     A P pciPassthru
      """;

  static final String PCIPASSTHRU = """
      Device ID     Enabled
      ------------  -------
      0000:03:00.0    false
      0000:04:00.0    true
      """;

  static final String NIC_VM = TestHosts.vm("db01", TestHosts.entry(0, "00000:003:00.0", "8086:10c6")
      .replace("pciPassthru0.id = ", "# BUG: VMDP204\npciPassthru0.id = "));

  static final String HBA_VM = TestHosts.vm("db01", TestHosts.entry(0, "00000:004:00.0", "1077:2532"));

  @Test
  void positive_lspciPShowsTheNicWithItsVmkernelDriver() {
    Finding f = RuleTest.forRules("VMDP204").esx("7.0U3").vmx("db01.vmx", NIC_VM).hostFile("lspci-p.txt", LSPCI_P)
        .run().expectMarked().only("VMDP204");
    assertThat(f.facts()).containsEntry("address", "0000:03:00.0").containsEntry("configuredOwner", "vmkernel");
  }

  @Test
  void positive_pcipassthruListSaysNotEnabled() {
    Finding f = RuleTest.forRules("VMDP204").esx("7.0U3").vmx("db01.vmx", NIC_VM)
        .hostFile("pcipassthru.txt", PCIPASSTHRU).run().expectMarked().only("VMDP204");
    assertThat(f.facts()).containsEntry("address", "0000:03:00.0");
  }

  @Test
  void negative_theHbaIsInPassthrough() {
    RuleTest.forRules("VMDP204").esx("7.0U3").vmx("db01.vmx", HBA_VM).hostFile("lspci-p.txt", LSPCI_P).run()
        .expectNone();
    RuleTest.forRules("VMDP204").esx("7.0U3").vmx("db01.vmx", HBA_VM).hostFile("pcipassthru.txt", PCIPASSTHRU)
        .run().expectNone();
  }

  @Test
  void theCheckSaysLspciPGaveCurrentOwnersOnly() {
    var checked = RuleTest.forRules("VMDP204").esx("7.0U3").vmx("db01.vmx", NIC_VM).hostFile("lspci-p.txt", LSPCI_P)
        .run();
    assertThat(checked.assumptions()).anySatisfy(a -> assertThat(a).contains("lspci-p.txt:1: lspci -p shows who has "
        + "each function now"));
  }
}
