package dev.vmdp.io.lspci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.Bar;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PortType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LspciReaderTest {

  static LspciView fixture(String name) {
    try (InputStream in = LspciReaderTest.class.getResourceAsStream(name)) {
      return LspciReader.parse(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static PciFunction fn(LspciView v, String address) {
    return v.function(PciAddress.parse(address)).orElseThrow(() -> new AssertionError("no " + address));
  }

  @Test
  void readsEveryFunctionOfTheServerWithIdsClassesAndNames() {
    LspciView v = fixture("server-lspci-nnvvv.txt");
    assertThat(v.form()).isEqualTo(LspciView.Form.LIST);
    assertThat(v.functions()).hasSize(19);
    assertThat(v.notes()).isEmpty();
    PciFunction gpu = fn(v, "01:00.0");
    assertThat(gpu.id()).contains(PciId.of(0x10de, 0x1eb8));
    assertThat(gpu.classCode()).contains(ClassCode.of(0x03, 0x00));
    assertThat(gpu.name()).contains("NVIDIA Corporation TU104GL [Tesla T4]");
    assertThat(gpu.subsystem()).contains(PciId.of(0x10de, 0x12a2));
    assertThat(gpu.revision()).hasValue(0xa1);
    assertThat(gpu.driver()).contains("nvidia");
  }

  @Test
  void readsFlrFromDevCapContinuationNotFromDevCtl() {
    LspciView v = fixture("server-lspci-nnvvv.txt");
    assertThat(fn(v, "01:00.0").flr()).contains(true);
    assertThat(fn(v, "01:00.1").flr()).contains(false);
    assertThat(fn(v, "04:00.0").flr()).contains(true);
    assertThat(fn(v, "03:00.0").flr()).contains(false);
    // DevCap shown without an FLReset flag: unknown, not "no".
    assertThat(fn(v, "06:00.0").flr()).isEmpty();
  }

  @Test
  void readsPortTypesAndConventionalFunctions() {
    LspciView v = fixture("server-lspci-nnvvv.txt");
    assertThat(fn(v, "00:01.0").portType()).contains(PortType.ROOT_PORT);
    assertThat(fn(v, "01:00.0").portType()).contains(PortType.LEGACY_ENDPOINT);
    assertThat(fn(v, "03:00.1").portType()).contains(PortType.ENDPOINT);
    assertThat(fn(v, "06:00.0").portType()).contains(PortType.PCIE_TO_PCI_BRIDGE);
    assertThat(fn(v, "07:01.0").portType()).contains(PortType.CONVENTIONAL);
    assertThat(fn(v, "07:01.0").conventional()).contains(true);
  }

  @Test
  void readsNoSoftResetFromThePowerManagementStatusOnly() {
    LspciView v = fixture("server-lspci-nnvvv.txt");
    assertThat(fn(v, "03:00.0").noSoftReset()).contains(false);
    assertThat(fn(v, "05:00.1").noSoftReset()).contains(true);
    assertThat(fn(v, "00:00.0").noSoftReset()).isEmpty();
  }

  @Test
  void readsAcsControlOfRootPorts() {
    LspciView v = fixture("server-lspci-nnvvv.txt");
    assertThat(fn(v, "00:01.0").acs().orElseThrow().enabled()).contains(true);
    assertThat(fn(v, "00:07.0").acs().orElseThrow().capable()).isFalse();
  }

  @Test
  void readsBarSizesAndTheExpansionRom() {
    PciFunction gpu = fn(fixture("server-lspci-nnvvv.txt"), "01:00.0");
    assertThat(gpu.bars()).extracting(Bar::index).containsExactly(0, 1, 3, 5, Bar.ROM);
    assertThat(gpu.bars().get(1).size()).isEqualTo(256L << 20);
    assertThat(gpu.bars().get(1).sixtyFourBit()).isTrue();
    assertThat(gpu.bars().get(1).prefetchable()).isTrue();
    assertThat(gpu.totalBarBytes()).hasValue((16L << 20) + (256L << 20) + (32L << 20));
  }

  @Test
  void buildsTheTopologyFromBridgeBusNumbers() {
    LspciView v = fixture("server-lspci-nnvvv.txt");
    assertThat(v.topology().parentBridge(PciAddress.parse("01:00.1")).map(PciFunction::address))
        .contains(PciAddress.parse("00:01.0"));
    assertThat(v.topology().parentBridge(PciAddress.parse("07:02.0")).map(PciFunction::address))
        .contains(PciAddress.parse("06:00.0"));
    assertThat(v.topology().below(PciAddress.parse("00:1c.0"))).extracting(f -> f.address().toString())
        .containsExactlyInAnyOrder("0000:06:00.0", "0000:07:01.0", "0000:07:02.0");
  }

  @Test
  void treeViewAgreesWithTheListViewOfTheSameMachine() {
    LspciView list = fixture("server-lspci-nnvvv.txt");
    LspciView tree = fixture("server-lspci-tvnn.txt");
    assertThat(tree.form()).isEqualTo(LspciView.Form.TREE);
    assertThat(tree.functions()).hasSize(19);
    assertThat(list.conflictsWith(tree)).isEmpty();
    assertThat(fn(tree, "06:00.0").bridge().map(b -> b.secondary())).contains(7);
    assertThat(fn(tree, "00:1c.0").bridge().map(b -> b.subordinate())).contains(7);
  }

  @Test
  void conflictsNameTheAddressAndTheFact() {
    LspciView a = LspciReader.parse("03:00.0 0200: 8086:10c6 (rev 01)\n", "a.txt");
    LspciView b = LspciReader.parse("03:00.0 0200: 8086:10c7 (rev 01)\n03:00.1 0200: 8086:10c7\n", "b.txt");
    assertThat(a.conflictsWith(b)).containsExactly(
        "0000:03:00.0: ids 8086:10c6 vs 8086:10c7",
        "0000:03:00.1: listed in b.txt but not in a.txt");
  }

  @Test
  void combineFillsWhatOnlyOneViewShowsAndNotesConflicts() {
    LspciView numeric = LspciReader.parse("00:01.0 0604: 8086:6f02\n01:00.0 0300: 10de:1eb8\n", "n.txt");
    LspciView tree = fixture("server-lspci-tvnn.txt");
    LspciView both = numeric.combine(tree);
    assertThat(fn(both, "00:01.0").bridge()).isPresent();
    assertThat(fn(both, "03:00.0").id()).contains(PciId.of(0x8086, 0x10c6));
    assertThat(both.notes()).isNotEmpty().allSatisfy(n -> assertThat(n.message()).contains("listed in"));
  }

  @Test
  void readsNumericViewsWithAndWithoutDomain() {
    LspciView v = LspciReader.parse(
        "0000:03:00.0 0200: 8086:10c6 (rev 01)\n0001:00:02.0 0604: 1014:0188 (rev 02)\n", "n.txt");
    assertThat(v.functions()).extracting(f -> f.address().toString())
        .containsExactly("0000:03:00.0", "0001:00:02.0");
    assertThat(fn(v, "0001:00:02.0").classCode()).contains(ClassCode.of(0x06, 0x04));
    assertThat(fn(v, "0000:03:00.0").portType()).isEmpty();
    assertThat(fn(v, "0000:03:00.0").flr()).isEmpty();
  }

  @Test
  void readsTheOldClassFormWithDeviceIds() {
    LspciView v = LspciReader.parse("00:00.0 Class 0200: Device 11db:1234 (rev 10)\n"
        + "\tFlags: bus master, medium devsel, latency 240, IRQ 99\n"
        + "\tMemory at 01001700 (32-bit, non-prefetchable) [size=512]\n"
        + "\tKernel driver in use: 8139too\n", "old.txt");
    PciFunction f = fn(v, "00:00.0");
    assertThat(f.id()).contains(PciId.of(0x11db, 0x1234));
    assertThat(f.classCode()).contains(ClassCode.of(0x02, 0x00));
    assertThat(f.revision()).hasValue(0x10);
    assertThat(f.bars()).singleElement().satisfies(b -> assertThat(b.size()).isEqualTo(512));
    assertThat(f.driver()).contains("8139too");
  }

  @Test
  void namesOnlyViewKnowsAddressesButNotIds() {
    LspciView v = LspciReader.parse("00:19.0 Ethernet controller: Intel Corporation 82579LM Gigabit "
        + "Network Connection (Lewisville) (rev 04)\n00:1c.0 PCI bridge: Intel Corporation 6 Series Root Port 1 (rev b4)\n",
        "t420.txt");
    assertThat(fn(v, "00:19.0").id()).isEmpty();
    assertThat(fn(v, "00:19.0").name()).contains("Intel Corporation 82579LM Gigabit Network Connection (Lewisville)");
    assertThat(fn(v, "00:19.0").classCode()).contains(ClassCode.of(0x02, 0x00));
    assertThat(fn(v, "00:1c.0").isBridge()).isTrue();
  }

  @Test
  void readsEsxiNamesAndLeavesAmbiguousClassesUnknown() {
    LspciView v = fixture("esxi-lspci.txt");
    assertThat(fn(v, "0000:03:00.1").vmkernelName()).contains("vmnic3");
    assertThat(fn(v, "0000:04:00.0").vmkernelName()).contains("vmhba2");
    assertThat(fn(v, "0000:03:00.1").classCode()).isEmpty();
    assertThat(fn(v, "0000:03:00.1").name()).contains("Intel Corporation 82598EB 10-Gigabit AF Dual Port Network Connection");
  }

  @Test
  void takesIdsAndBusNumbersFromAHexDump() {
    LspciView v = LspciReader.parse("00:1c.0 PCI bridge: Intel Corporation Device\n"
        + "00: 86 80 10 8d 07 04 10 00 d5 00 04 06 10 00 81 00\n"
        + "10: 00 00 00 00 00 00 00 00 00 02 03 00 f0 00 00 20\n", "x.txt");
    PciFunction f = fn(v, "00:1c.0");
    assertThat(f.id()).contains(PciId.of(0x8086, 0x8d10));
    assertThat(f.revision()).hasValue(0xd5);
    assertThat(f.bridge().map(b -> b.secondary() + "-" + b.subordinate())).contains("2-3");
  }

  @Test
  void marksVirtualFunctionsFromTheSriovOffsetAndStride() {
    String pf = "12:00.0 0200: 15b3:1017\n"
        + "\tControl: I/O- Mem+ BusMaster+\n"
        + "\tCapabilities: [60] Express (v2) Endpoint, MSI 00\n"
        + "\t\tDevCap:\tMaxPayload 512 bytes, PhantFunc 0\n"
        + "\t\t\tExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset+ SlotPowerLimit 0W\n"
        + "\tCapabilities: [180 v1] Single Root I/O Virtualization (SR-IOV)\n"
        + "\t\tIOVCap:\tMigration-, Interrupt Message Number: 000\n"
        + "\t\tInitial VFs: 8, Total VFs: 8, Number of VFs: 2, Function Dependency Link: 00\n"
        + "\t\tVF offset: 2, stride: 1, Device ID: 1018\n"
        + "\t\tRegion 0: Memory at 00000c7fff800000 (64-bit, prefetchable)\n"
        + "12:00.1 0200: 15b3:1017\n"
        + "12:00.2 0200: 15b3:1018\n"
        + "12:00.3 0200: 15b3:1018\n";
    LspciView v = LspciReader.parse(pf, "sriov.txt");
    assertThat(fn(v, "12:00.0").sriov().orElseThrow().isPhysicalFunction()).isTrue();
    assertThat(fn(v, "12:00.0").sriov().orElseThrow().numVfs()).hasValue(2);
    assertThat(fn(v, "12:00.0").bars()).isEmpty();
    assertThat(fn(v, "12:00.1").sriov()).isEmpty();
    assertThat(fn(v, "12:00.2").sriov().orElseThrow().physicalFunctionAddress()).contains(PciAddress.parse("12:00.0"));
    assertThat(fn(v, "12:00.3").sriov().orElseThrow().isVirtualFunction()).isTrue();
  }

  @Test
  void unknownLinesBecomeNotesWithTheirLine() {
    LspciView v = LspciReader.parse("03:00.0 0200: 8086:10c6\nMore PCI Classes at: somewhere\n", "n.txt");
    assertThat(v.functions()).hasSize(1);
    assertThat(v.notes()).singleElement().hasToString(
        "n.txt:2: not an lspci line (kept out of the device list): 'More PCI Classes at: somewhere'");
  }

  @Test
  void accessDeniedCapabilitiesStayUnknown() {
    LspciView v = LspciReader.parse("03:00.0 Ethernet controller [0200]: Intel Corporation 82598EB [8086:10c6]\n"
        + "\tFlags: bus master, fast devsel, latency 0, IRQ 16\n\tCapabilities: <access denied>\n", "v.txt");
    assertThat(fn(v, "03:00.0").portType()).isEmpty();
    assertThat(v.notes()).singleElement().satisfies(n -> assertThat(n.message()).contains("run lspci as root"));
  }

  @Test
  void refusesInputWithoutAnyFunctionNamingTheFirstLine() {
    assertThatThrownBy(() -> LspciReader.parse("memsize = \"512\"\n", "rhel3.vmx"))
        .isInstanceOf(VmdpException.class)
        .hasMessage("rhel3.vmx:1:1: not lspci output: this is a .vmx file");
    assertThatThrownBy(() -> LspciReader.parse("no device here\n", "notes.txt"))
        .isInstanceOf(VmdpException.class)
        .hasMessage("notes.txt:1:1: not lspci output: no line starts with a PCI address such as 03:00.0");
    assertThatThrownBy(() -> LspciReader.parse("\n\n", "empty.txt"))
        .hasMessage("empty.txt:1: empty: no lspci output");
  }

  @Test
  void readsFilesAndNamesMissingOnes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("l.txt");
    Files.writeString(f, "03:00.0 0200: 8086:10c6\r\n03:00.1 0200: 8086:10c6\r\n");
    assertThat(LspciReader.read(f).functions()).hasSize(2);
    assertThatThrownBy(() -> LspciReader.read(dir.resolve("missing.txt")))
        .isInstanceOf(VmdpException.class).hasMessageEndingWith("missing.txt:1:1: cannot read file: no such file");
    assertThatThrownBy(() -> LspciReader.read(dir)).hasMessage(dir + ":1:1: not a regular file (a directory)");
  }

  @Test
  void listingAFunctionTwiceKeepsTheLaterAndSaysSo() {
    LspciView v = LspciReader.parse("03:00.0 0200: 8086:10c6\n03:00.0 0200: 8086:10c7\n", "d.txt");
    assertThat(fn(v, "03:00.0").id()).contains(PciId.of(0x8086, 0x10c7));
    assertThat(v.notes()).singleElement().satisfies(n -> assertThat(n.message()).contains("listed again (line 1)"));
  }

  @Test
  void refusesEsxiLspciPInsteadOfHalfReadingIt() {
    // Reported: ESXi's lspci -p given to --lspci was read without a complaint, as functions
    // without facts, and the host had no passthrough state.
    String p = "Segm:Bu:De.F Vend:Dvid Subv:Subd ISA/irq/Vect P M Module       Name\n"
        + "0000:04:00.0 8086:1533 1043:8557 255/   /     A V igbn         vmnic0\n";
    assertThatThrownBy(() -> LspciReader.parse(p, "lspci-p.txt"))
        .isInstanceOf(VmdpException.class).hasMessage("lspci-p.txt:1:1: not lspci output: this is ESXi lspci -p output");
    assertThatThrownBy(() -> LspciReader.parse(p.substring(p.indexOf('\n') + 1), "rows.txt"))
        .hasMessage("rows.txt:1:1: not lspci output: this is ESXi lspci -p output");
    assertThatThrownBy(() -> LspciReader.parse("0000:02:00.1\n   Address: 0000:02:00.1\n", "pci.txt"))
        .hasMessage("pci.txt:1:1: not lspci output: this is esxcli hardware pci list output");
  }

  @Test
  void readsTheClassAndIdsEsxisLspciVerboseAdds() {
    // ESXi's lspci -v (commands/lspci_-v.txt of a vm-support bundle) names first, then a Class line.
    LspciView v = LspciReader.parse("""
        0000:3b:00.1 Ethernet controller Network controller: Broadcom Limited BCM57416 NetXtreme-E 10GBASE-T RDMA Ethernet Controller [vmnic5]
          Class 0200: 14e4:16d8
        """, "lspci_-v.txt");
    PciFunction f = fn(v, "0000:3b:00.1");
    assertThat(f.id()).hasValue(dev.vmdp.model.pci.PciId.of(0x14e4, 0x16d8));
    assertThat(f.classCode().map(Object::toString)).hasValue("0200");
    assertThat(f.vmkernelName()).hasValue("vmnic5");
    assertThat(f.name()).hasValue("Broadcom Limited BCM57416 NetXtreme-E 10GBASE-T RDMA Ethernet Controller");
  }

  @Test
  void readsTheMachineReadableView() {
    // lspci -vmm -nn, as pciutils' show_machine prints it (tags, a tab, the value).
    LspciView v = LspciReader.parse("""
        Slot:\t00:1f.2
        Class:\tSATA controller [0106]
        Vendor:\tIntel Corporation [8086]
        Device:\tC610/X99 series chipset 6-Port SATA Controller [AHCI mode] [8d02]
        SVendor:\tDell [1028]
        SDevice:\tDevice [0639]
        Rev:\t05
        ProgIf:\t01
        Driver:\tahci

        Slot:\t03:00.0
        Class:\t0200
        Vendor:\t8086
        Device:\t10c6
        """, "lspci-vmm.txt");
    assertThat(v.form()).isEqualTo(LspciView.Form.MACHINE);
    PciFunction sata = fn(v, "00:1f.2");
    assertThat(sata.id()).hasValue(dev.vmdp.model.pci.PciId.of(0x8086, 0x8d02));
    assertThat(sata.classCode().map(Object::toString)).hasValue("010601");
    assertThat(sata.subsystem()).hasValue(dev.vmdp.model.pci.PciId.of(0x1028, 0x0639));
    assertThat(sata.name()).hasValue("Intel Corporation C610/X99 series chipset 6-Port SATA Controller [AHCI mode]");
    assertThat(sata.driver()).hasValue("ahci");
    assertThat(sata.revision()).hasValue(5);
    assertThat(fn(v, "03:00.0").id()).hasValue(dev.vmdp.model.pci.PciId.of(0x8086, 0x10c6));
    assertThat(fn(v, "03:00.0").name()).isEmpty();
    assertThat(v.notes()).isEmpty();
  }
}
