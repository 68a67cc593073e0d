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
        .hasMessageStartingWith("m.txt:1: not esxcli hardware pci list output");
    Path f = dir.resolve("x.txt");
    Files.writeString(f, "");
    assertThatThrownBy(() -> EsxcliPciList.read(f)).hasMessageContaining("not esxcli hardware pci list output");
    assertThatThrownBy(() -> EsxcliPciList.read(dir.resolve("nope"))).hasMessageEndingWith("nope:1:1: cannot read file: no such file");
  }
}
