package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EsxcliPciListTest {

  static EsxcliPciList fixture() {
    try (InputStream in = EsxcliPciListTest.class.getResourceAsStream("esxcli-pci-list.txt")) {
      return EsxcliPciList.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "esxcli-pci-list.txt");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static HostDeviceReport report(EsxcliPciList l, String address) {
    return l.report(PciAddress.parse(address)).orElseThrow();
  }

  @Test
  void readsIdentityOfEveryBlock() {
    EsxcliPciList l = fixture();
    assertThat(l.functions()).hasSize(5);
    assertThat(l.notes()).isEmpty();
    PciFunction nic = l.functions().get(3);
    assertThat(nic.address()).isEqualTo(PciAddress.parse("0000:03:00.0"));
    assertThat(nic.id()).contains(PciId.of(0x8086, 0x10c6));
    assertThat(nic.subsystem()).contains(PciId.of(0x8086, 0xa05f));
    assertThat(nic.classCode()).contains(ClassCode.of(0x02, 0x00, 0x00));
    assertThat(nic.vmkernelName()).contains("vmnic2");
    assertThat(nic.driver()).contains("ixgbe");
    assertThat(nic.name()).contains("Intel Corporation 82598EB 10-Gigabit AF Dual Port Network Connection");
    assertThat(l.functions().get(1).driver()).isEmpty();
  }

  @Test
  void readsPassthroughFactsAndDerivesTheState() {
    EsxcliPciList l = fixture();
    HostDeviceReport gpu = report(l, "0000:01:00.0");
    assertThat(gpu.passthruCapable()).contains(true);
    assertThat(gpu.parent()).contains(PciAddress.parse("0000:00:01.0"));
    assertThat(gpu.resetMethod()).contains(ResetMethod.BRIDGE);
    assertThat(gpu.fptShareable()).contains(false);
    assertThat(gpu.passthroughState()).contains(PassthroughState.ACTIVE);
    assertThat(report(l, "0000:01:00.1").passthroughState()).contains(PassthroughState.ENABLED_PENDING_REBOOT);
    assertThat(report(l, "0000:03:00.0").currentOwner()).contains(Owner.VMKERNEL);
    assertThat(report(l, "0000:03:00.0").resetMethod()).contains(ResetMethod.FLR);
    assertThat(report(l, "0000:00:01.0").resetMethod()).contains(ResetMethod.LINK);
    assertThat(report(l, "0000:00:01.0").parent()).isEmpty();
  }

  @Test
  void pointsAtTheBlockOfAFunction() {
    assertThat(fixture().sourceOf(PciAddress.parse("0000:01:00.0")).map(Object::toString))
        .contains("esxcli-pci-list.txt:38");
  }

  @Test
  void unreadableValuesBecomeNotesAndTheRestIsKept() {
    EsxcliPciList l = EsxcliPciList.parse("0000:03:00.0\n   Vendor ID: 0xzz\n   Device ID: 0x10c6\n"
        + "   Reset Method: Teleport reset\n   Passthru Capable: maybe\n   Current Owner: VMkernel\n", "e.txt");
    assertThat(l.functions().get(0).id()).isEmpty();
    assertThat(report(l, "0000:03:00.0").currentOwner()).contains(Owner.VMKERNEL);
    assertThat(l.notes()).extracting(Object::toString).containsExactly(
        "e.txt:2: 0000:03:00.0: vendor id is not a hex number: '0xzz'",
        "e.txt:4: 0000:03:00.0: reset method not understood: 'Teleport reset' (want Function reset, Link reset, Bridge reset)",
        "e.txt:5: 0000:03:00.0: passthru capable is not true or false: 'maybe'");
  }

  @Test
  void refusesOutputWithoutBlocks(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> EsxcliPciList.parse("Name  Used Size (kb)\nvmkernel 1 2\n", "m.txt"))
        .isInstanceOf(VmdpException.class)
        .hasMessage("m.txt:1:1: not esxcli hardware pci list output: this is a module list (esxcfg-module --list)");
    assertThatThrownBy(() -> EsxcliPciList.parse("no block here\n", "n.txt"))
        .hasMessageStartingWith("n.txt:1:1: not esxcli hardware pci list output: no block");
    Path f = dir.resolve("x.txt");
    Files.writeString(f, "");
    assertThatThrownBy(() -> EsxcliPciList.read(f)).hasMessageContaining("not esxcli hardware pci list output");
    assertThatThrownBy(() -> EsxcliPciList.read(dir.resolve("nope")))
        .hasMessageEndingWith("nope:1:1: cannot read file: no such file");
  }

  @Test
  void aBridgeGetsTheBusRangeItsChildrenAndItsSpawnedBusShow() {
    EsxcliPciList l = fixture();
    PciFunction rootPort = l.functions().get(0);
    assertThat(rootPort.address()).isEqualTo(PciAddress.parse("00:01.0"));
    assertThat(rootPort.bridge()).hasValueSatisfying(r -> {
      assertThat(r.primary()).isEqualTo(0);
      assertThat(r.secondary()).isEqualTo(1);
      assertThat(r.subordinate()).isEqualTo(1);
    });
    dev.vmdp.model.pci.PciTopology t = dev.vmdp.model.pci.PciTopology.of(l.functions());
    assertThat(t.parentBridge(PciAddress.parse("01:00.1")).map(PciFunction::address)).hasValue(rootPort.address());
    assertThat(t.below(rootPort.address())).extracting(f -> f.address().toString())
        .containsExactly("0000:01:00.0", "0000:01:00.1");
  }

  @Test
  void aSwitchBelowARootPortIsBelowItToo() {
    String text = block("0000:00:01.0", "0x0604", "0x01", "") + block("0000:01:00.0", "0x0604", "0x02", "PCI 0:0:1:0")
        + block("0000:02:08.0", "0x0604", "0x03", "PCI 0:1:0:0") + block("0000:03:00.0", "0x0200", "0x00", "PCI 0:2:8:0");
    EsxcliPciList l = EsxcliPciList.parse(text, "switch.txt");
    assertThat(l.functions().get(0).bridge().map(Object::toString)).hasValue("primary=00, secondary=01, subordinate=03");
    assertThat(l.functions().get(1).bridge().map(Object::toString)).hasValue("primary=01, secondary=02, subordinate=03");
    assertThat(dev.vmdp.model.pci.PciTopology.of(l.functions()).onRootBus(PciAddress.parse("03:00.0"))).hasValue(false);
  }

  private static String block(String address, String deviceClass, String spawned, String parent) {
    PciAddress a = PciAddress.parse(address);
    return """
        %s
           Address: %s
           Segment: 0x0000
           Bus: 0x%02x
           Slot: 0x%02x
           Function: 0x%x
           Vendor ID: 0x8086
           Device ID: 0x2030
           Device Class: %s
           Spawned Bus: %s
           Passthru Capable: false
           Parent Device: %s

        """.formatted(address, address, a.bus(), a.device(), a.function(), deviceClass, spawned, parent);
  }
}
