package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * ESXi's {@code lspci -p} in its two layouts. The fixtures follow public copies of the output: a
 * vmkvsitools session on ESXi 7.0 U2 ({@code Segm:Bu:De.F} header, fixed-width columns, a row
 * with a VMkernel name but no module) and the tests of Intel's mfd-esxi library (rows with module
 * {@code pciPassthru}, an SR-IOV VF with pin {@code @}, the ESXi 8 rows with a wider address
 * column and no name column, as {@code lspci -p | grep} keeps them).
 */
class LspciPciInfoTest {
  static byte[] fixture(String name) {
    try (InputStream in = LspciPciInfoTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static PciAddress a(String s) {
    return PciAddress.parse(s);
  }

  @Test
  void readsTheEsxi7TableWithItsNameColumn() {
    LspciPciInfo p = LspciPciInfo.parse(fixture("lspci-p-esxi7.txt"), "lspci-p.txt");
    assertThat(p.layout()).isEqualTo(LspciPciInfo.Layout.WITH_NAMES);
    assertThat(p.functions()).hasSize(13);
    assertThat(p.notes()).isEmpty();
    PciFunction nic = p.functions().get(5);
    assertThat(nic.address()).isEqualTo(a("0000:18:00.0"));
    assertThat(nic.id()).hasValue(PciId.of(0x8086, 0x1572));
    assertThat(nic.subsystem()).hasValue(PciId.of(0x8086, 0x0007));
    assertThat(nic.driver()).hasValue("i40en");
    assertThat(nic.vmkernelName()).hasValue("vmnic0");
    assertThat(nic.classCode()).isEmpty();
    assertThat(nic.portType()).isEmpty();
    assertThat(p.sourceOf(a("0000:18:00.0"))).hasValue(SourceRef.of("lspci-p.txt", 7));
  }

  @Test
  void theModeTellsWhoHasTheFunctionNow() {
    LspciPciInfo p = LspciPciInfo.parse(fixture("lspci-p-esxi7.txt"), "lspci-p.txt");
    assertThat(p.reports().get(a("0000:3b:00.0")).currentOwner()).hasValue(Owner.PASSTHRU);
    assertThat(p.reports().get(a("0000:af:00.0")).currentOwner()).hasValue(Owner.PASSTHRU);
    assertThat(p.reports().get(a("0000:af:00.1")).currentOwner()).hasValue(Owner.VMKERNEL);
    assertThat(p.reports().get(a("0000:18:00.0")).currentOwner()).hasValue(Owner.VMKERNEL);
    // The table shows the current owner only: the configured one and the capability stay unknown.
    assertThat(p.reports().get(a("0000:3b:00.0")).configuredOwner()).isEmpty();
    assertThat(p.reports().get(a("0000:3b:00.0")).passthruCapable()).isEmpty();
  }

  @Test
  void aNameWithoutAModuleIsANameByItsColumn() {
    LspciPciInfo p = LspciPciInfo.parse(fixture("lspci-p-esxi7.txt"), "lspci-p.txt");
    PciFunction aqc = p.functions().stream().filter(f -> f.address().equals(a("0000:5e:00.0"))).findFirst().orElseThrow();
    assertThat(aqc.vmkernelName()).hasValue("vmnic2");
    assertThat(aqc.driver()).isEmpty();
    PciFunction gpu = p.functions().stream().filter(f -> f.address().equals(a("0000:3b:00.0"))).findFirst().orElseThrow();
    assertThat(gpu.driver()).hasValue("pciPassthru");
    assertThat(gpu.vmkernelName()).isEmpty();
  }

  @Test
  void readsTheEsxi8RowsWithoutNames() {
    LspciPciInfo p = LspciPciInfo.parse(fixture("lspci-p-esxi8-grep.txt"), "lspci-p8.txt");
    assertThat(p.layout()).isEqualTo(LspciPciInfo.Layout.WITHOUT_NAMES);
    assertThat(p.functions()).extracting(f -> f.address().toString())
        .containsExactly("0000:3b:00.0", "0000:af:00.0", "0000:af:00.1", "0000:af:02.0");
    assertThat(p.functions()).allSatisfy(f -> assertThat(f.vmkernelName()).isEmpty());
    assertThat(p.reports().get(a("0000:af:02.0")).currentOwner()).hasValue(Owner.PASSTHRU);
    assertThat(p.reports().get(a("0000:af:00.0")).currentOwner()).hasValue(Owner.VMKERNEL);
    assertThat(p.functions().get(1).driver()).hasValue("i40en");
  }

  @Test
  void keepsRowsItCannotReadAsNotesWithTheirPlace() {
    LspciPciInfo p = LspciPciInfo.parse("""
        Segm:Bu:De.F Vend:Dvid Subv:Subd ISA/irq/Vect P M Module       Name
        0000:18:00.0 8086:1572 8086:0007 255/   /     A V i40en        vmnic0
        0000:18:00.1 8086:1572 8086:0000 255/   /     A ? i40en        vmnic1
        """, "p.txt");
    assertThat(p.functions()).hasSize(1);
    assertThat(p.notes()).singleElement().satisfies(n -> {
      assertThat(n.location().line()).isEqualTo(3);
      assertThat(n.message()).contains("0000:18:00.1");
    });
  }

  @Test
  void refusesOtherTextWithItsPlace() {
    assertThatThrownBy(() -> LspciPciInfo.parse("0000:03:00.0 Network controller: Intel Corporation 82598EB [vmnic2]\n", "x.txt"))
        .isInstanceOf(VmdpException.class).hasMessage("x.txt:1:1: not ESXi lspci -p output: this is lspci output");
    assertThatThrownBy(() -> LspciPciInfo.parse("nothing\nhere\n", "y.txt"))
        .hasMessageStartingWith("y.txt:1:1: not ESXi lspci -p output: no row starts with an address");
  }
}
