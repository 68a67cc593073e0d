package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import org.junit.jupiter.api.Test;

/**
 * The ESX 4 service console's lspci with {@code 00:00.00} addresses. The fixture is the output in
 * the doctest of VMware's ESXi 4.1 installer (Weasel, {@code SystemProbeESXi.parsePciInfo}).
 */
class Esx4LspciTest {
  @Test
  void readsTheTwoDigitFunctionsAndTheColumnsOfThatEra() {
    Esx4Lspci cos = Esx4Lspci.parse(LspciPciInfoTest.fixture("esx4-lspci.txt"), "esx4-lspci.txt");
    assertThat(cos.functions()).extracting(f -> f.address().toString())
        .containsExactly("0000:00:00.0", "0000:00:07.3", "0000:02:00.0");
    PciFunction nic = cos.functions().get(2);
    assertThat(nic.id()).hasValue(PciId.of(0x8086, 0x100f));
    assertThat(nic.subsystem()).hasValue(PciId.of(0x15ad, 0x0750));
    assertThat(nic.driver()).hasValue("e1000");
    assertThat(nic.vmkernelName()).hasValue("vmnic0");
    assertThat(cos.functions().get(1).vmkernelName()).hasValue("vmhba0");
    assertThat(cos.functions().get(0).driver()).isEmpty();
    assertThat(cos.reports().get(PciAddress.parse("02:00.0")).currentOwner()).hasValue(Owner.VMKERNEL);
    assertThat(cos.notes()).isEmpty();
  }

  @Test
  void refusesOtherTextWithItsPlace() {
    assertThatThrownBy(() -> Esx4Lspci.parse(LspciPciInfoTest.fixture("lspci-p-esxi7.txt"), "p.txt"))
        .hasMessage("p.txt:1:1: not ESX 4 service console lspci output: this is ESXi lspci -p output");
    assertThatThrownBy(() -> Esx4Lspci.parse("00:00.0 Host bridge: Intel Corporation 440BX\n", "l.txt"))
        .hasMessage("l.txt:1:1: not ESX 4 service console lspci output: this is lspci output");
  }
}
