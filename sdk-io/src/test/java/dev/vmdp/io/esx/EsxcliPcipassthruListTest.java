package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import org.junit.jupiter.api.Test;

/**
 * {@code esxcli hardware pci pcipassthru list} as ESXi 7.0 and later print it: the
 * {@code Device ID  Enabled} table of DOMAIN.md 7.3a, with the spacing of the output Intel's
 * mfd-esxi tests read.
 */
class EsxcliPcipassthruListTest {
  static PciAddress a(String s) {
    return PciAddress.parse(s);
  }

  @Test
  void everyRowIsAPassthroughCapableFunctionWithItsConfiguredOwner() {
    EsxcliPcipassthruList l = EsxcliPcipassthruList.parse(LspciPciInfoTest.fixture("pcipassthru-list.txt"),
        "pcipassthru.txt");
    assertThat(l.reports()).hasSize(7);
    assertThat(l.reports().get(a("0000:3b:00.0")).configuredOwner()).hasValue(Owner.PASSTHRU);
    assertThat(l.reports().get(a("0000:18:00.0")).configuredOwner()).hasValue(Owner.VMKERNEL);
    assertThat(l.reports().values()).allSatisfy(r -> assertThat(r.passthruCapable()).hasValue(true));
    assertThat(l.reports().get(a("0000:3b:00.0")).currentOwner()).isEmpty();
    assertThat(l.sourceOf(a("0000:3b:00.0"))).hasValue(SourceRef.of("pcipassthru.txt", 6));
    assertThat(l.notes()).isEmpty();
  }

  @Test
  void theHeaderAloneIsAnEmptyListAndBadRowsAreNotes() {
    assertThat(EsxcliPcipassthruList.parse("Device ID     Enabled\n------------  -------\n", "e.txt").reports()).isEmpty();
    EsxcliPcipassthruList l = EsxcliPcipassthruList.parse("Device ID     Enabled\n0000:02:00.0    maybe\n"
        + "0000:03:00.0    true\n", "b.txt");
    assertThat(l.reports()).containsOnlyKeys(a("0000:03:00.0"));
    assertThat(l.notes()).singleElement().satisfies(n -> assertThat(n.toString()).startsWith("b.txt:2:1: 0000:02:00.0: Enabled"));
  }

  @Test
  void refusesOtherTextWithItsPlace() {
    assertThatThrownBy(() -> EsxcliPcipassthruList.parse(LspciPciInfoTest.fixture("lspci-p-esxi7.txt"), "p.txt"))
        .hasMessage("p.txt:1:1: not esxcli hardware pci pcipassthru list output: this is ESXi lspci -p output");
    assertThatThrownBy(() -> EsxcliPcipassthruList.parse("hello\n", "h.txt"))
        .hasMessageStartingWith("h.txt:1:1: not esxcli hardware pci pcipassthru list output: no 'Device ID  Enabled'");
  }
}
