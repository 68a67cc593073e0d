package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A two-socket Xeon E5 v4 server as {@code lspci -nnvvv} prints it (the shape of the corpus's
 * {@code xeon-e5v4-nvidia-gpu-server-lspci-vvv.txt}, cut to a few functions): the DMI host bridge
 * whose Express capability says Root Port, a root port with a GPU on each socket, and uncore
 * functions on buses {@code 7f} and {@code ff}. Reproduces the report that {@code vmdp plan}
 * printed "parent bridge not known" for every function on the sockets' root buses and listed the
 * uncore.
 */
class TwoSocketPlanTest {
  static final String LSPCI = """
      00:00.0 Host bridge [0600]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D DMI2 [8086:6f00] (rev 01)
      \tControl: I/O- Mem- BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
      \tCapabilities: [90] Express (v2) Root Port (Slot-), MSI 00
      \t\tDevCap:\tMaxPayload 128 bytes, PhantFunc 0
      \t\t\tExtTag- RBE+
      00:01.0 PCI bridge [0604]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D PCI Express Root Port 1 [8086:6f02] (rev 01) (prog-if 00 [Normal decode])
      \tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      \tBus: primary=00, secondary=01, subordinate=01, sec-latency=0
      \tCapabilities: [90] Express (v2) Root Port (Slot+), MSI 00
      00:05.4 PIC [0800]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D I/O APIC [8086:6f2c] (rev 01) (prog-if 20 [IO(X)-APIC])
      \tControl: I/O- Mem+ BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
      01:00.0 3D controller [0302]: NVIDIA Corporation GP100GL [Tesla P100 PCIe 12GB] [10de:15f7] (rev a1)
      \tControl: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      \tCapabilities: [78] Express (v2) Endpoint, MSI 00
      \t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0, Latency L0s unlimited, L1 <64us
      \t\t\tExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset-
      7f:08.0 System peripheral [0880]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D QPI Link 0 [8086:6f80] (rev 01)
      \tControl: I/O- Mem- BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
      7f:08.2 Performance counters [1101]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D QPI Link 0 [8086:6f32] (rev 01)
      \tControl: I/O- Mem- BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
      80:02.0 PCI bridge [0604]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D PCI Express Root Port 2 [8086:6f04] (rev 01) (prog-if 00 [Normal decode])
      \tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      \tBus: primary=80, secondary=82, subordinate=82, sec-latency=0
      \tCapabilities: [90] Express (v2) Root Port (Slot+), MSI 00
      80:05.0 System peripheral [0880]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D Map/VTd_Misc/System Management [8086:6f28] (rev 01)
      \tControl: I/O- Mem- BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
      82:00.0 3D controller [0302]: NVIDIA Corporation GP100GL [Tesla P100 PCIe 12GB] [10de:15f7] (rev a1)
      \tControl: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      \tCapabilities: [78] Express (v2) Endpoint, MSI 00
      \t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0, Latency L0s unlimited, L1 <64us
      \t\t\tExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset-
      ff:0c.0 System peripheral [0880]: Intel Corporation Xeon E7 v4/Xeon E5 v4/Xeon E3 v4/Xeon D Caching Agent [8086:6fe0] (rev 01)
      \tControl: I/O- Mem- BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx-
      """;

  static Host host() {
    return Host.builder().name("esx02").topology(LspciReader.parse(LSPCI, "lspci.txt").topology()).build();
  }

  static PciAddress a(String s) {
    return PciAddress.parse(s);
  }

  @Test
  void everySocketsRootBusIsKnown() {
    ResetAnalysis analysis = ResetAnalysis.of(host());
    for (EffectiveReset r : analysis.methods().values()) {
      assertThat(r.source()).as(r.address().toString()).doesNotContain("parent bridge not known");
    }
    assertThat(analysis.method(a("7f:08.0")).orElseThrow().none()).isTrue();
    assertThat(analysis.method(a("ff:0c.0")).orElseThrow().source()).contains("root bus");
    assertThat(analysis.method(a("82:00.0")).orElseThrow().methodName()).isEqualTo("link");
    assertThat(analysis.method(a("82:00.0")).orElseThrow().resetBridge()).contains(a("80:02.0"));
  }

  @Test
  void theUncoreAndThePlatformPlumbingAreLeftOutOfTheText() {
    Plan plan = Planner.plan(host(), Map.of());
    assertThat(plan.hiddenByDefault()).extracting(PlannedFunction::address)
        .containsExactly(a("00:05.4"), a("7f:08.0"), a("7f:08.2"), a("80:05.0"), a("ff:0c.0"));
    assertThat(plan.function(a("7f:08.0")).orElseThrow().platformReason())
        .hasValue("a system peripheral of the platform (class 0880 on root bus 7f, no FLR)");
    Plan shown = plan.shown(false);
    assertThat(shown.analysis().methods().keySet()).containsExactly(a("01:00.0"), a("82:00.0"));
    assertThat(plan.shown(true)).isSameAs(plan);
  }

  @Test
  void aPlatformFunctionAVmWantsIsShown() {
    Plan plan = Planner.plan(host(), Map.of("odd", List.of(a("7f:08.0"))));
    assertThat(plan.function(a("7f:08.0")).orElseThrow().shownByDefault()).isTrue();
    assertThat(plan.shown(false).analysis().method(a("7f:08.0"))).isPresent();
    assertThat(plan.vms().get(0).noReset()).containsExactly(a("7f:08.0"));
  }

  @Test
  void namesComeFromTheLspciDescription() {
    Plan plan = Planner.plan(host(), Map.of());
    assertThat(plan.function(a("01:00.0")).orElseThrow().name()).hasValue("NVIDIA Corporation GP100GL [Tesla P100 PCIe 12GB]");
  }
}
