package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.CpuVendor;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PortType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The complete example inventory of docs/inventory.md, read with its files. */
class InventoryExampleTest {

  static Path lab() {
    try {
      return Path.of(InventoryExampleTest.class.getResource("lab/inventory.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PciAddress at(String a) {
    return PciAddress.parse(a);
  }

  @Test
  void docsShowTheExampleInventoryVerbatim() throws Exception {
    Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/inventory.md");
    String md = Files.readString(doc, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- example: sdk-io/src/test/resources/dev/vmdp/io/yaml/lab/inventory.yaml -->\n"
        + "```yaml\n(.*?)```", Pattern.DOTALL).matcher(md);
    assertThat(m.find()).as("docs/inventory.md holds the example block").isTrue();
    assertThat(m.group(1)).isEqualTo(Files.readString(lab().resolve("inventory.yaml"), StandardCharsets.UTF_8));
  }

  @Test
  void readsHostFactsGivenInline() {
    Host esx01 = Inventory.read(lab().resolve("inventory.yaml")).host("esx01");
    assertThat(esx01.version()).contains(EsxVersion.ESX_4_0);
    assertThat(esx01.cpuVendor()).contains(CpuVendor.INTEL);
    assertThat(esx01.iommu().kind()).contains(IommuKind.INTEL_VTD);
    assertThat(esx01.iommu().biosEnabled()).contains(true);
    assertThat(esx01.iommu().verifiedActive()).contains(true);
    assertThat(esx01.systemUuid()).contains("4a7c8e1f-0b3d-5e6f-9a2b-3c4d5e6f7a8b");
    assertThat(esx01.sourceOf("version").map(Object::toString))
        .hasValueSatisfying(s -> assertThat(s).endsWith("inventory.yaml:5:14"));
  }

  @Test
  void mergesLspciFileWithInlineDevices() {
    Host esx01 = Inventory.read(lab().resolve("inventory.yaml")).host("esx01");
    assertThat(esx01.topology().size()).isEqualTo(4);
    PciFunction nic = esx01.device("0000:03:00.0");
    assertThat(nic.id()).contains(PciId.of(0x8086, 0x10c6));        // from lspci
    assertThat(nic.flr()).contains(false);                            // from lspci
    assertThat(nic.noSoftReset()).contains(false);                    // from lspci
    assertThat(nic.driver()).contains("ixgbe");                       // from lspci
    assertThat(nic.vmkernelName()).contains("vmnic2");                // inline
    assertThat(esx01.parentDevice(at("03:00.0")).map(Object::toString)).contains(at("00:03.0").toString());
    assertThat(esx01.passthroughState(at("03:00.0"))).contains(PassthroughState.ACTIVE);
    assertThat(esx01.passthroughState(at("03:00.1"))).contains(PassthroughState.DISABLED);
    assertThat(esx01.configuredOwner(at("03:00.0"))).contains(Owner.PASSTHRU);
  }

  @Test
  void readsModuleListFileAndInlineMapEntries() {
    Inventory inv = Inventory.read(lab().resolve("inventory.yaml"));
    Host esx01 = inv.host("esx01");
    assertThat(esx01.loadedModules()).hasValueSatisfying(m -> assertThat(m).contains("vtddmar", "ixgbe", "vmkernel"));
    PassthruMapEntry e = esx01.passthruMap().lookup(PciId.of(0x8086, 0x10c6)).orElseThrow();
    assertThat(e.resetMethod()).isEqualTo(ResetMethod.D3D0);
    assertThat(e.source().map(Object::toString)).hasValueSatisfying(s -> assertThat(s).endsWith("inventory.yaml:23:9"));
  }

  @Test
  void readsEsxcliFileMapFileAndInlineModules() {
    Host esx02 = Inventory.read(lab().resolve("inventory.yaml")).host("esx02");
    assertThat(esx02.version()).contains(EsxVersion.ESX_6_7_U2);
    assertThat(esx02.cpuVendor()).contains(CpuVendor.AMD);
    assertThat(esx02.iommu().kind()).contains(IommuKind.AMD_VI);
    assertThat(esx02.iommu().verifiedActive()).isEmpty();
    assertThat(esx02.passthroughState(at("05:00.0"))).contains(PassthroughState.ENABLED_PENDING_REBOOT);
    assertThat(esx02.device("0000:05:00.1").vmkernelName()).contains("vmhba3");
    assertThat(esx02.device("0000:05:00.0").noSoftReset()).contains(false);
    PciFunction port = esx02.device("0000:00:07.0");
    assertThat(port.portType()).contains(PortType.ROOT_PORT);
    assertThat(port.bridge()).contains(BusRange.of(0, 5, 5));
    assertThat(esx02.parentDevice(at("05:00.1"))).contains(at("00:07.0"));
    assertThat(esx02.passthruMap().entries()).hasSize(2);
    assertThat(esx02.passthruMap().lookup(PciId.of(0x10de, 0x1eb8)).map(PassthruMapEntry::resetMethod))
        .contains(ResetMethod.BRIDGE);
    assertThat(esx02.loadedModules()).contains(java.util.Set.of("vmkernel", "amd_iommu", "qlnativefc"));
  }

  @Test
  void resolvesVmxPathsAgainstTheInventoryFolder() {
    Inventory inv = Inventory.read(lab().resolve("inventory.yaml"));
    assertThat(inv.vms()).hasSize(2);
    VmRef rhel3 = inv.vms().get(0);
    assertThat(rhel3.name()).contains("rhel3");
    assertThat(rhel3.vmx()).isEqualTo(lab().resolve("vms/rhel3.vmx"));
    assertThat(rhel3.host()).isEqualTo("esx01");
    VmRef proxy = inv.vms().get(1);
    assertThat(proxy.name()).isEmpty();
    assertThat(proxy.vmx()).isEqualTo(lab().resolve("vms/backup-proxy.vmx"));
    assertThat(inv.vmsOn("esx02")).containsExactly(proxy);
    assertThat(inv.hostNames()).containsExactly("esx01", "esx02");
    assertThat(inv.notes()).isEmpty();
  }
}
