package dev.vmdp.io.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.ReadNote;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host assembler over the files of one ESXi 7.0 U3 host, esx03 (test resources
 * {@code host/esx03}), laid out as a vm-support bundle lays them out: {@code commands/} with the
 * command outputs ({@code localcli_hardware-pci-list.txt}, {@code lspci_-p.txt}, ...: the naming of
 * vm-support's manifests, as bundle analysers such as logX-vms read them), {@code etc/vmware/},
 * {@code var/run/log/vmkernel.log} and the VMs under {@code vmfs/volumes/}. The esxcli blocks have
 * the fields and spacing of real ESXi 7 output (every field of an ESXi 7 block, {@code Parent
 * Device: PCI 0:58:0:0} in decimal, {@code Spawned Bus} on root ports).
 */
class HostFilesTest {
  @TempDir
  Path tmp;

  static Path esx03() {
    try {
      return Path.of(HostFilesTest.class.getResource("esx03").toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static PciAddress a(String s) {
    return PciAddress.parse(s);
  }

  @Test
  void readsAFolderOfTheHostsFilesEachByItsContent() {
    HostFiles files = HostFiles.none().add(esx03());
    assertThat(files.files()).extracting(f -> f.kind().name() + " " + esx03().relativize(Path.of(f.name())))
        .containsExactly(
            "ESXCLI_PCI_LIST commands/localcli_hardware-pci-list.txt",
            "ESXCLI_PCIPASSTHRU_LIST commands/localcli_hardware-pci-pcipassthru-list.txt",
            "MODULE_LIST commands/localcli_system-module-list.txt",
            "LSPCI_PCI_INFO commands/lspci_-p.txt",
            "VERSION commands/vmware_-vl.txt",
            "ESX_CONF etc/vmware/esx.conf",
            "PASSTHRU_MAP etc/vmware/passthru.map",
            "VMKERNEL_LOG var/run/log/vmkernel.log",
            "VMX vmfs/volumes/datastore1/ml01/ml01.vmx",
            "VMWARE_LOG vmfs/volumes/datastore1/ml01/vmware.log",
            "VMX vmfs/volumes/datastore1/ml02/ml02.vmx");
    assertThat(files.ignored()).extracting(n -> esx03().relativize(Path.of(n)).toString())
        .containsExactly("commands/uptime.txt", "etc/vmware/hostd-config.xml");
    assertThat(files.vmxFiles()).hasSize(2).allSatisfy(f -> assertThat(f.path()).isPresent());
    assertThat(files.logFiles()).extracting(HostFile::kind).containsExactly(HostFileKind.VMKERNEL_LOG,
        HostFileKind.VMWARE_LOG);
    assertThat(files.mapDocument()).isPresent();
    assertThat(files.mapSnapshot()).isPresent();
    assertThat(files.fromArchive()).isFalse();
  }

  @Test
  void theHostIsAssembledFromEveryView() {
    Host esx03 = HostFiles.none().add(esx03()).host();
    assertThat(esx03.name()).isEqualTo("esx03");
    assertThat(esx03.version()).hasValue(EsxVersion.ESX_7_0_U3);
    assertThat(esx03.systemUuid()).hasValue("5f3a1c2e-8b4d-9e60-7a12-3c4d5e6f7a8b");
    assertThat(esx03.loadedModules().orElseThrow()).contains("dma_mapper_iommu").doesNotContain("nvme_pcie");
    assertThat(esx03.topology().size()).isEqualTo(14);
    PciFunction t4 = esx03.device("0000:3b:00.0");
    assertThat(t4.name()).hasValue("NVIDIA Corporation TU104GL [Tesla T4]");
    assertThat(t4.subsystem().map(Object::toString)).hasValue("10de:12a2");
    assertThat(esx03.passthroughState(a("0000:3b:00.0"))).hasValue(PassthroughState.ACTIVE);
    assertThat(esx03.deviceReport(a("0000:3b:00.0")).flatMap(r -> r.resetMethod())).hasValue(ResetMethod.BRIDGE);
    assertThat(esx03.deviceReport(a("0000:3b:00.0")).flatMap(r -> r.passthruCapable())).hasValue(true);
    assertThat(esx03.configuredOwner(a("0000:18:00.0"))).hasValue(Owner.VMKERNEL);
    assertThat(esx03.passthruMap().entries()).hasSize(3);
    assertThat(esx03.sourceOf("loadedModules").map(s -> s.file())).hasValueSatisfying(
        f -> assertThat(f).endsWith("localcli_system-module-list.txt"));
  }

  @Test
  void esxcliAloneGivesTheTopologyThatResetsAndPlansNeed() {
    Host h = HostFiles.none().add(esx03().resolve("commands/localcli_hardware-pci-list.txt")).host();
    // Parent Device and Spawned Bus give every root port its buses.
    assertThat(h.topology().parentBridge(a("0000:3b:00.0")).map(PciFunction::address)).hasValue(a("0000:3a:00.0"));
    assertThat(h.topology().parentBridge(a("0000:af:00.1")).map(PciFunction::address)).hasValue(a("0000:ae:00.0"));
    assertThat(h.topology().below(a("0000:17:00.0"))).extracting(f -> f.address().toString())
        .containsExactly("0000:18:00.0", "0000:18:00.1");
    // The root buses of both sockets' stacks are known.
    assertThat(h.topology().onRootBus(a("0000:ae:00.0"))).hasValue(true);
    assertThat(h.topology().onRootBus(a("0000:00:05.0"))).hasValue(true);
    assertThat(h.topology().function(a("0000:00:00.0")).orElseThrow().isBridge()).isFalse();
  }

  @Test
  void lspciPAloneGivesTheCurrentOwnerAsTheConfiguredOneAndSaysSo() {
    HostFiles files = HostFiles.none().add(esx03().resolve("commands/lspci_-p.txt"));
    Host h = files.host();
    assertThat(h.configuredOwner(a("0000:18:00.0"))).hasValue(Owner.VMKERNEL);
    assertThat(h.configuredOwner(a("0000:3b:00.0"))).hasValue(Owner.PASSTHRU);
    assertThat(h.vmkernelOwned(a("0000:18:00.0"))).hasValue(true);
    assertThat(files.notes()).singleElement().satisfies(n -> {
      assertThat(n.location().line()).isEqualTo(1);
      assertThat(n.message()).startsWith("lspci -p shows who has each function now");
    });
  }

  @Test
  void pcipassthruListGivesCapabilityAndConfiguredOwnerForTheRules() {
    Host h = HostFiles.none().add(esx03().resolve("commands/localcli_hardware-pci-pcipassthru-list.txt")).host();
    // VMDP211 reads passthruCapable, VMDP204 the configured owner; no function joins the topology.
    assertThat(h.deviceReport(a("0000:3b:00.0")).flatMap(r -> r.passthruCapable())).hasValue(true);
    assertThat(h.configuredOwner(a("0000:3b:00.0"))).hasValue(Owner.PASSTHRU);
    assertThat(h.configuredOwner(a("0000:18:00.0"))).hasValue(Owner.VMKERNEL);
    assertThat(h.topology().isEmpty()).isTrue();
  }

  @Test
  void esxConfCompletesTheCurrentOwnerOfLspciPSoAPendingChangeShows() throws IOException {
    Path conf = Files.writeString(tmp.resolve("esx.conf"), "/device/024:00.0/owner = \"passthru\"\n");
    Host h = HostFiles.none().add(esx03().resolve("commands/lspci_-p.txt")).add(conf).host();
    assertThat(h.passthroughState(a("0000:18:00.0"))).hasValue(PassthroughState.ENABLED_PENDING_REBOOT);
  }

  @Test
  void whereViewsDisagreeEsxcliIsUsedAndANoteSaysSo() throws IOException {
    Path conf = Files.writeString(tmp.resolve("esx.conf"), "/device/059:00.0/owner = \"vmkernel\"\n");
    Path lspciP = Files.writeString(tmp.resolve("lspci-p.txt"),
        "0000:3b:00.0 10de:1eb8 10de:12a2 255/   /     A V nvidia\n");
    HostFiles files = HostFiles.none().add(esx03().resolve("commands/localcli_hardware-pci-list.txt")).add(conf)
        .add(lspciP);
    Host h = files.host();
    assertThat(h.configuredOwner(a("0000:3b:00.0"))).hasValue(Owner.PASSTHRU);
    assertThat(h.vmkernelOwned(a("0000:3b:00.0"))).hasValue(false);
    List<String> notes = files.notes().stream().map(ReadNote::toString).toList();
    assertThat(notes).anySatisfy(n -> assertThat(n).startsWith(conf + ":1: 0000:3b:00.0: esx.conf says the configured "
        + "owner is vmkernel, esxcli hardware pci list says VM Passthru; esxcli hardware pci list is used"));
    assertThat(notes).anySatisfy(n -> assertThat(n).startsWith(lspciP + ":1: 0000:3b:00.0: lspci -p says the current "
        + "owner is VMkernel, esxcli hardware pci list says VM Passthru; esxcli hardware pci list is used"));
  }

  @Test
  void aStatedKindMustBeWhatTheFileIs() {
    Path pciList = esx03().resolve("commands/localcli_hardware-pci-list.txt");
    assertThatThrownBy(() -> HostFiles.none().add(pciList, HostFileKind.LSPCI)).isInstanceOf(VmdpException.class)
        .hasMessage(pciList + ":1:1: not lspci output: this is esxcli hardware pci list output");
    Path lspciP = esx03().resolve("commands/lspci_-p.txt");
    assertThatThrownBy(() -> HostFiles.none().add(lspciP, HostFileKind.LSPCI))
        .hasMessage(lspciP + ":1:1: not lspci output: this is ESXi lspci -p output");
    assertThatThrownBy(() -> HostFiles.none().add(lspciP, HostFileKind.PASSTHRU_MAP))
        .hasMessage(lspciP + ":1:1: not a passthru.map: this is ESXi lspci -p output");
    assertThat(HostFiles.none().add(esx03().resolve("etc/vmware/passthru.map"), HostFileKind.PASSTHRU_MAP)
        .mapDocument()).isPresent();
  }

  @Test
  void aFileGivenAloneThatIsNoHostFileIsRefused() {
    Path xml = esx03().resolve("etc/vmware/hostd-config.xml");
    assertThatThrownBy(() -> HostFiles.none().add(xml)).isInstanceOf(VmdpException.class)
        .hasMessageStartingWith(xml + ":1:1: not a host file vmdp reads (lspci, ESXi lspci -p, esxcli");
  }

  @Test
  void aGzipCompressedLogIsReadThroughGunzip() throws IOException {
    Path gz = tmp.resolve("vmkernel.0.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(esx03().resolve("var/run/log/vmkernel.log")));
    }
    HostFiles files = HostFiles.none().add(gz);
    assertThat(files.logFiles()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(HostFileKind.VMKERNEL_LOG));
    try (var lines = HostFiles.logLines(files.logFiles().get(0))) {
      assertThat(lines.filter(l -> l.text().contains("did not complete its pending transactions")).count()).isEqualTo(1);
    }
  }

  @Test
  void theMapAsEditedMakesTheHost() {
    HostFiles files = HostFiles.none().add(esx03());
    var edited = files.mapDocument().orElseThrow().remove(11);
    assertThat(files.host(edited).passthruMap().entries()).hasSize(2);
    assertThat(files.host().passthruMap().entries()).hasSize(3);
    assertThat(files.host(files.mapDocument().orElseThrow())).isSameAs(files.host());
  }

  @Test
  void aNameGivenWinsAndFilesGivenOneByOneNameTheHostOtherwise() {
    Path pciList = esx03().resolve("commands/localcli_hardware-pci-list.txt");
    assertThat(HostFiles.none().add(pciList).host().name()).isEqualTo("localcli_hardware-pci-list.txt");
    assertThat(HostFiles.none().add(esx03()).named("lab-03").host().name()).isEqualTo("lab-03");
    assertThat(HostFiles.none().host().name()).isEqualTo("unnamed");
  }
}
