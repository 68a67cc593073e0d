package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five worked examples of DOMAIN.md 8, on the realistic server of the fixtures. */
class ResetAnalysisTest {
  static final String MAP = "# site map\n"
      + "10de ffff bridge false\n"
      + "8086 10c6 d3d0 default\n"
      + "1077 2532 default false\n"
      + "14e4 1662 link false\n";

  static Host server() {
    return Host.builder().from(Fixtures.server())
        .passthruMap(PassthruMapDocument.parse(MAP.getBytes(StandardCharsets.UTF_8), "passthru.map").toModel())
        .build();
  }

  static PciAddress a(String s) {
    return PciAddress.parse(s);
  }

  final ResetAnalysis analysis = ResetAnalysis.of(server());

  @Test
  void example1_gpuAndItsAudioShareTheBridgeResetOfTheirRootPort() {
    assertThat(analysis.method(a("01:00.0")).orElseThrow().method()).contains(ResetMethod.BRIDGE);
    assertThat(analysis.method(a("01:00.0")).orElseThrow().source()).isEqualTo("passthru.map line 2: 10de ffff bridge false");
    CoAssignmentGroup g = analysis.groupOf(a("01:00.0")).orElseThrow();
    assertThat(g.members()).containsExactly(a("01:00.0"), a("01:00.1"));
    assertThat(g.dependentBridge()).contains(a("00:01.0"));
    assertThat(g.resetMethod()).contains(ResetMethod.BRIDGE);
    assertThat(g.sharedReset()).isTrue();
    assertThat(g.reasons()).anySatisfy(r -> assertThat(r).startsWith(
        "0000:01:00.0 is reset by a bridge reset of 0000:00:01.0 (passthru.map line 2: 10de ffff bridge false), "
            + "which also resets 0000:01:00.1"));
  }

  @Test
  void example2_intel82598PortsAreIndependentWithD3d0() {
    assertThat(analysis.method(a("03:00.0")).orElseThrow().method()).contains(ResetMethod.D3D0);
    assertThat(analysis.groupOf(a("03:00.0")).orElseThrow().members()).containsExactly(a("03:00.0"));
    assertThat(analysis.groupOf(a("03:00.1")).orElseThrow().members()).containsExactly(a("03:00.1"));
  }

  @Test
  void example3_qlogicStaysTogetherThoughFlrWorks() {
    assertThat(analysis.method(a("04:00.0")).orElseThrow().method()).contains(ResetMethod.FLR);
    assertThat(analysis.method(a("04:00.0")).orElseThrow().source()).isEqualTo("DevCap FLReset+");
    CoAssignmentGroup g = analysis.groupOf(a("04:00.1")).orElseThrow();
    assertThat(g.members()).containsExactly(a("04:00.0"), a("04:00.1"));
    assertThat(g.notShareable()).isTrue();
    assertThat(g.sharedReset()).isFalse();
    assertThat(g.dependentBridge()).isEmpty();
    assertThat(g.reasons()).containsExactly("0000:04:00.0, 0000:04:00.1 are functions of one device that is not "
        + "shareable (passthru.map line 4: 1077 2532 default false)");
  }

  @Test
  void example4_broadcom57712SharesALinkResetAndIsNotShareable() {
    assertThat(analysis.method(a("05:00.0")).orElseThrow().method()).contains(ResetMethod.LINK);
    CoAssignmentGroup g = analysis.groupOf(a("05:00.0")).orElseThrow();
    assertThat(g.members()).containsExactly(a("05:00.0"), a("05:00.1"));
    assertThat(g.dependentBridge()).contains(a("00:07.0"));
    assertThat(g.resetMethod()).contains(ResetMethod.LINK);
    assertThat(g.sharedReset()).isTrue();
    assertThat(g.notShareable()).isTrue();
  }

  @Test
  void example5_conventionalNicsBehindAPciBridgeShareItsBusReset() {
    EffectiveReset r = analysis.method(a("07:01.0")).orElseThrow();
    assertThat(r.method()).contains(ResetMethod.BRIDGE);
    assertThat(r.source()).isEqualTo("no FLR; parent 0000:06:00.0 is a PCI-Express to PCI/PCI-X Bridge");
    CoAssignmentGroup g = analysis.groupOf(a("07:02.0")).orElseThrow();
    assertThat(g.members()).containsExactly(a("07:01.0"), a("07:02.0"));
    assertThat(g.dependentBridge()).contains(a("06:00.0"));
  }

  @Test
  void bridgesAreNeverMembersAndEveryCandidateIsInOneGroup() {
    assertThat(analysis.methods()).doesNotContainKeys(a("00:01.0"), a("06:00.0"), a("00:00.0"), a("00:1f.0"));
    long members = analysis.groups().stream().mapToLong(g -> g.members().size()).sum();
    assertThat(members).isEqualTo(analysis.methods().size());
  }

  @Test
  void unknownCapabilitiesLeaveTheMethodUnknown() {
    Host numeric = Host.builder().name("n").topology(dev.vmdp.io.lspci.LspciReader
        .parse("03:00.0 0200: 8086:10c6\n", "n.txt").topology()).build();
    EffectiveReset r = ResetAnalysis.of(numeric).method(a("03:00.0")).orElseThrow();
    assertThat(r.known()).isFalse();
    assertThat(r.methodName()).isEqualTo("unknown");
    assertThat(List.of(r.source())).containsExactly("capabilities not shown (use lspci -vvv)");
  }
}
