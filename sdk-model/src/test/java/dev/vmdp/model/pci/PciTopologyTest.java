package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PciTopologyTest {
  private final PciTopology t = TestTopology.topology();

  private static PciAddress a(String text) {
    return PciAddress.parse(text);
  }

  private static List<String> addresses(List<PciFunction> functions) {
    List<String> out = new ArrayList<>();
    functions.forEach(f -> out.add(f.address().toString()));
    return out;
  }

  @Test
  void listsFunctionsInAddressOrderWhateverTheInputOrder() {
    List<PciFunction> shuffled = new ArrayList<>(TestTopology.functions());
    Collections.reverse(shuffled);
    PciTopology reversed = PciTopology.of(shuffled);
    assertThat(reversed).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(t.size()).isEqualTo(21);
    assertThat(t.functions().get(0).address()).isEqualTo(a("0000:00:00.0"));
    assertThat(t.functions().get(20).address()).isEqualTo(a("0001:01:00.1"));
    assertThat(t).hasToString("PciTopology[21 functions]");
  }

  @Test
  void findsFunctionsByAddress() {
    assertThat(t.function(a("03:00.1")).flatMap(PciFunction::vmkernelName)).hasValue("vmnic1");
    assertThat(t.contains(a("0000:08:00.0"))).isTrue();
    assertThat(t.contains(a("0000:09:00.0"))).isFalse();
    assertThat(t.function(a("0002:01:00.0"))).isEmpty();
  }

  @Test
  void parentOfTheGpuAndItsAudioIsTheRootPort() {
    assertThat(t.parentBridge(a("01:00.0")).map(PciFunction::address)).hasValue(a("00:01.0"));
    assertThat(t.parentBridge(a("01:00.1")).map(PciFunction::address)).hasValue(a("00:01.0"));
  }

  @Test
  void parentOfAConventionalNicIsThePcieToPciBridge() {
    PciFunction parent = t.parentBridge(a("07:02.0")).orElseThrow();
    assertThat(parent.address()).isEqualTo(a("06:00.0"));
    assertThat(parent.portType()).hasValue(PortType.PCIE_TO_PCI_BRIDGE);
  }

  @Test
  void parentStaysInTheSameSegment() {
    assertThat(t.parentBridge(a("0001:01:00.0")).map(PciFunction::address)).hasValue(a("0001:00:00.0"));
    assertThat(t.parentBridge(a("0000:01:00.0")).map(PciFunction::address)).hasValue(a("0000:00:01.0"));
  }

  @Test
  void functionsOnARootBusHaveNoParent() {
    assertThat(t.parentBridge(a("00:01.0"))).isEmpty();
    assertThat(t.parentBridge(a("00:1f.2"))).isEmpty();
    assertThat(t.onRootBus(a("00:1f.2"))).hasValue(true);
    assertThat(t.onRootBus(a("0001:00:00.0"))).hasValue(true);
    assertThat(t.onRootBus(a("01:00.0"))).hasValue(false);
    assertThat(t.onRootBus(a("07:01.0"))).hasValue(false);
  }

  @Test
  void ancestorsRunFromNearestToRootPort() {
    assertThat(addresses(t.ancestors(a("07:02.0"))))
        .containsExactly("0000:06:00.0", "0000:05:00.0", "0000:04:00.0", "0000:00:03.0");
    assertThat(addresses(t.ancestors(a("08:00.1")))).containsExactly("0000:05:01.0", "0000:04:00.0", "0000:00:03.0");
    assertThat(t.ancestors(a("00:03.0"))).isEmpty();
  }

  @Test
  void belowARootPortIsEverythingOnItsBusRange() {
    assertThat(addresses(t.below(a("00:03.0")))).containsExactly(
        "0000:04:00.0", "0000:05:00.0", "0000:05:01.0", "0000:06:00.0", "0000:07:01.0", "0000:07:02.0",
        "0000:08:00.0", "0000:08:00.1");
    assertThat(addresses(t.below(a("00:01.0")))).containsExactly("0000:01:00.0", "0000:01:00.1");
  }

  @Test
  void belowThePciBridgeAreTheTwoConventionalNics() {
    assertThat(addresses(t.below(a("06:00.0")))).containsExactly("0000:07:01.0", "0000:07:02.0");
    assertThat(t.below(a("06:00.0"))).allSatisfy(f -> assertThat(f.conventional()).hasValue(true));
  }

  @Test
  void belowStaysInTheBridgesSegment() {
    assertThat(addresses(t.below(a("0001:00:00.0")))).containsExactly("0001:01:00.0", "0001:01:00.1");
  }

  @Test
  void belowAnEndpointOrUnknownAddressIsEmpty() {
    assertThat(t.below(a("03:00.0"))).isEmpty();
    assertThat(t.below(a("0000:1e:00.0"))).isEmpty();
    assertThat(t.children(a("03:00.0"))).isEmpty();
  }

  @Test
  void childrenAreOnlyOnTheSecondaryBus() {
    assertThat(addresses(t.children(a("00:03.0")))).containsExactly("0000:04:00.0");
    assertThat(addresses(t.children(a("04:00.0")))).containsExactly("0000:05:00.0", "0000:05:01.0");
  }

  @Test
  void functionsOfADeviceShareSegmentBusAndSlot() {
    assertThat(addresses(t.functionsOfDevice(a("01:00.1")))).containsExactly("0000:01:00.0", "0000:01:00.1");
    assertThat(addresses(t.functionsOfDevice(a("0001:01:00.0")))).containsExactly("0001:01:00.0", "0001:01:00.1");
    assertThat(addresses(t.functionsOfDevice(a("07:01.0")))).containsExactly("0000:07:01.0");
    assertThat(t.functionsOfDevice(a("09:00.0"))).isEmpty();
  }

  @Test
  void listsFunctionsOnOneBus() {
    assertThat(addresses(t.onBus(0, 5))).containsExactly("0000:05:00.0", "0000:05:01.0");
    assertThat(t.onBus(1, 5)).isEmpty();
  }

  @Test
  void separatesBridgesFromEndpoints() {
    assertThat(addresses(t.bridges())).containsExactly("0000:00:01.0", "0000:00:02.0", "0000:00:03.0",
        "0000:04:00.0", "0000:05:00.0", "0000:05:01.0", "0000:06:00.0", "0001:00:00.0");
    assertThat(t.endpoints()).hasSize(13);
    assertThat(addresses(t.endpoints())).contains("0000:00:00.0", "0000:00:1f.0", "0000:07:01.0")
        .doesNotContain("0000:06:00.0");
  }

  @Test
  void rejectsDuplicateAddressesNamingTheAddress() {
    List<PciFunction> dup = new ArrayList<>(TestTopology.functions());
    dup.add(TestTopology.fn("0000:03:00.1", 0x8086, 0x10c7, "0200").build());
    assertThatThrownBy(() -> PciTopology.of(dup))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0000:03:00.1 is listed twice")
        .hasMessageContaining("8086:10c7");
  }

  @Test
  void withAddsOrReplacesAFunction() {
    PciFunction renamed = PciFunction.builder().from(t.function(a("03:00.0")).orElseThrow()).vmkernelName("vmnic9").build();
    PciTopology replaced = t.with(renamed);
    assertThat(replaced.size()).isEqualTo(t.size());
    assertThat(replaced.function(a("03:00.0")).flatMap(PciFunction::vmkernelName)).hasValue("vmnic9");
    PciTopology added = t.with(TestTopology.fn("0000:01:00.2", 0x10de, 0x1ad8, "0c03").build());
    assertThat(added.size()).isEqualTo(t.size() + 1);
    assertThat(added.functionsOfDevice(a("01:00.0"))).hasSize(3);
    assertThat(added.parentBridge(a("01:00.2")).map(PciFunction::address)).hasValue(a("00:01.0"));
    assertThat(t.size()).isEqualTo(21);
  }

  @Test
  void emptyTopologyKnowsNothing() {
    PciTopology empty = PciTopology.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.function(a("00:00.0"))).isEmpty();
    assertThat(empty.parentBridge(a("01:00.0"))).isEmpty();
    assertThat(PciTopology.of(List.of())).isSameAs(empty);
  }

  @Test
  void parentQueriesStayUnknownWhenBridgeRangesAreUnknown() {
    // What lspci -n gives: class codes, no bus ranges.
    PciTopology n = PciTopology.of(
        TestTopology.fn("0000:00:01.0", 0x8086, 0x3c02, "0604").build(),
        TestTopology.fn("0000:01:00.0", 0x10de, 0x1eb8, "0300").build(),
        TestTopology.fn("0001:00:1f.2", 0x8086, 0x1d02, "0106").build());
    assertThat(n.parentBridge(a("01:00.0"))).isEmpty();
    assertThat(n.onRootBus(a("01:00.0"))).isEmpty();
    // Bus 0 is a root bus whatever is shown: a bridge's secondary bus is above its own.
    assertThat(n.onRootBus(a("00:01.0"))).hasValue(true);
    assertThat(n.ancestors(a("01:00.0"))).isEmpty();
    assertThat(n.below(a("00:01.0"))).isEmpty();
    assertThat(addresses(n.bridges())).containsExactly("0000:00:01.0");
    // A segment without bridges has only root buses.
    assertThat(n.onRootBus(a("0001:00:1f.2"))).hasValue(true);
  }

  @Test
  void recognisesTheRootBusesOfASecondSocketAndItsUncore() {
    // Two Xeon E5 v4 sockets as lspci -vvv shows them: root ports on buses 00 and 80, uncore
    // functions on 7f and ff, and the DMI host bridge whose Express capability says Root Port.
    PciTopology two = PciTopology.of(
        TestTopology.fn("0000:00:00.0", 0x8086, 0x6f00, "0600").portType(PortType.ROOT_PORT).build(),
        TestTopology.port("0000:00:01.0", PortType.ROOT_PORT, 0x00, 0x03, 0x03),
        TestTopology.fn("0000:03:00.0", 0x1000, 0x005d, "0104").build(),
        TestTopology.fn("0000:7f:08.0", 0x8086, 0x6f80, "0880").build(),
        TestTopology.port("0000:80:02.0", PortType.ROOT_PORT, 0x80, 0x82, 0x82),
        TestTopology.fn("0000:80:05.0", 0x8086, 0x6f28, "0880").build(),
        TestTopology.fn("0000:82:00.0", 0x10de, 0x15f8, "0302").build(),
        TestTopology.fn("0000:ff:0c.0", 0x8086, 0x6fe0, "0880").build());
    assertThat(two.function(a("00:00.0")).orElseThrow().isBridge()).isFalse();
    assertThat(two.onRootBus(a("7f:08.0"))).hasValue(true);
    assertThat(two.onRootBus(a("80:05.0"))).hasValue(true);
    assertThat(two.onRootBus(a("80:02.0"))).hasValue(true);
    assertThat(two.onRootBus(a("ff:0c.0"))).hasValue(true);
    assertThat(two.onRootBus(a("82:00.0"))).hasValue(false);
  }

  @Test
  void aBridgeWhoseRangeIsNotShownMayLeadToTheBusesAboveIt() {
    PciTopology partial = PciTopology.of(
        TestTopology.port("0000:00:01.0", PortType.ROOT_PORT, 0x00, 0x01, 0x05),
        TestTopology.fn("0000:02:00.0", 0x8086, 0x10c6, "0200").build(),
        TestTopology.fn("0000:40:00.0", 0x8086, 0x0b00, "0604").build(),
        TestTopology.fn("0000:30:00.0", 0x8086, 0x0c00, "0880").build(),
        TestTopology.fn("0000:41:00.0", 0x8086, 0x1572, "0200").build());
    // In the range of 00:01.0, below a bridge not listed: not a root bus.
    assertThat(partial.onRootBus(a("02:00.0"))).hasValue(false);
    // Below the lowest bridge whose range is unknown: nothing can lead there.
    assertThat(partial.onRootBus(a("30:00.0"))).hasValue(true);
    assertThat(partial.onRootBus(a("40:00.0"))).hasValue(true);
    // 40:00.0 might lead to bus 41.
    assertThat(partial.onRootBus(a("41:00.0"))).isEmpty();
  }

  @Test
  void aLoopOfBusRangesEndsTheAncestorChain() {
    PciTopology loop = PciTopology.of(
        TestTopology.port("0000:01:00.0", PortType.DOWNSTREAM_PORT, 1, 2, 2),
        TestTopology.port("0000:02:00.0", PortType.DOWNSTREAM_PORT, 2, 1, 1),
        TestTopology.fn("0000:02:01.0", 0x8086, 0x10c6, "0200").build());
    assertThat(addresses(loop.ancestors(a("02:01.0")))).containsExactly("0000:01:00.0", "0000:02:00.0");
  }

  @Test
  void aBridgeWhoseSecondaryIsItsOwnBusIsNotItsOwnParent() {
    PciTopology self = PciTopology.of(TestTopology.port("0000:03:00.0", PortType.DOWNSTREAM_PORT, 3, 3, 3));
    assertThat(self.parentBridge(a("03:00.0"))).isEmpty();
    assertThat(self.below(a("03:00.0"))).isEmpty();
  }

  @Test
  void answersQueriesOnAHundredThousandFunctions() {
    // 44 segments x (255 root ports + 255 buses x 8 functions) = 100,980 functions.
    List<PciFunction> all = new ArrayList<>();
    for (int seg = 0; seg < 44; seg++) {
      for (int bus = 1; bus <= 255; bus++) {
        int slot = bus - 1;
        all.add(PciFunction.builder().address(PciAddress.of(seg, 0, slot / 8, slot % 8)).id(PciId.of(0x8086, 0x3c02))
            .portType(PortType.ROOT_PORT).bridge(BusRange.of(0, bus, bus)).build());
        for (int fn = 0; fn < 8; fn++) {
          all.add(PciFunction.builder().address(PciAddress.of(seg, bus, 0, fn)).id(PciId.of(0x15b3, 0x1018)).build());
        }
      }
    }
    PciTopology big = PciTopology.of(all);
    assertThat(big.size()).isEqualTo(100_980);
    assertThat(big.bridges()).hasSize(44 * 255);
    PciAddress vf = PciAddress.of(43, 200, 0, 5);
    assertThat(big.parentBridge(vf).map(PciFunction::address)).hasValue(PciAddress.of(43, 0, 199 / 8, 199 % 8));
    assertThat(big.functionsOfDevice(vf)).hasSize(8);
    assertThat(big.below(PciAddress.of(43, 0, 199 / 8, 199 % 8))).hasSize(8);
    assertThat(big.onRootBus(PciAddress.of(7, 0, 3, 1))).hasValue(true);
  }
}
