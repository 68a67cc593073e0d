package dev.vmdp.model.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PciSlotNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "160,  4, 0, 0",
    "192,  5, 0, 0",
    "224,  6, 0, 0",
    "256,  7, 0, 0",
    "1184, 4, 1, 0",
    "1216, 5, 1, 0",
    "2208, 4, 2, 0",
    "33,   0, 0, 1",
    "7328, 4, 7, 0",
  })
  void decodesSlotsBehindBridgesAfterKb2047927(int value, int bridge, int function, int device) {
    PciSlotNumber s = PciSlotNumber.of(value);
    assertThat(s.onRootBus()).isFalse();
    assertThat(s.bridgeIndex()).hasValue(bridge);
    assertThat(s.function()).isEqualTo(function);
    assertThat(s.device()).isEqualTo(device);
    assertThat(PciSlotNumber.behindBridge(bridge, function, device)).isEqualTo(s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"16, 16", "17, 17", "21, 21", "24, 24", "0, 0", "31, 31"})
  void decodesSlotsOnTheRootBus(int value, int device) {
    PciSlotNumber s = PciSlotNumber.of(value);
    assertThat(s.onRootBus()).isTrue();
    assertThat(s.bridgeIndex()).isEmpty();
    assertThat(s.device()).isEqualTo(device);
    assertThat(PciSlotNumber.onRootBus(device)).isEqualTo(s);
  }

  @Test
  void explainsItself() {
    assertThat(PciSlotNumber.of(1184)).hasToString("1184 (pciBridge4 function 1, device 0)");
    assertThat(PciSlotNumber.of(160).describe()).isEqualTo("pciBridge4 function 0, device 0");
    assertThat(PciSlotNumber.of(16)).hasToString("16 (bus 0, device 16)");
    assertThat(PciSlotNumber.of(1040).describe()).isEqualTo("bus 0, device 16, function 1");
  }

  @Test
  void minusOneMeansNotYetAssigned() {
    assertThat(PciSlotNumber.decode(PciSlotNumber.UNASSIGNED)).isEmpty();
    assertThat(PciSlotNumber.decode(192)).hasValue(PciSlotNumber.of(192));
    assertThatThrownBy(() -> PciSlotNumber.of(-1)).hasMessageContaining("-1").hasMessageContaining("not yet assigned");
  }

  @Test
  void rejectsOutOfRangeValuesNamingThem() {
    assertThatThrownBy(() -> PciSlotNumber.of(8192)).hasMessageContaining("was 8192");
    assertThatThrownBy(() -> PciSlotNumber.decode(-2)).hasMessageContaining("was -2");
    assertThatThrownBy(() -> PciSlotNumber.behindBridge(31, 0, 0)).hasMessageContaining("bridgeIndex").hasMessageContaining("31");
    assertThatThrownBy(() -> PciSlotNumber.behindBridge(4, 8, 0)).hasMessageContaining("function").hasMessageContaining("8");
    assertThatThrownBy(() -> PciSlotNumber.behindBridge(4, 0, 32)).hasMessageContaining("device").hasMessageContaining("32");
    assertThatThrownBy(() -> PciSlotNumber.onRootBus(32)).hasMessageContaining("device").hasMessageContaining("32");
  }

  @Test
  void comparesByValue() {
    assertThat(PciSlotNumber.of(160)).isLessThan(PciSlotNumber.of(192)).isEqualTo(PciSlotNumber.behindBridge(4, 0, 0))
        .hasSameHashCodeAs(PciSlotNumber.of(160));
  }

  @Test
  void encodeDecodeRoundTrips() {
    qt().withFixedSeed(42).withExamples(300)
        .forAll(integers().between(0, 30), integers().between(0, 7), integers().between(0, 31))
        .checkAssert((bridge, function, device) -> {
          PciSlotNumber s = PciSlotNumber.behindBridge(bridge, function, device);
          PciSlotNumber back = PciSlotNumber.of(s.value());
          assertThat(back.bridgeIndex()).hasValue(bridge);
          assertThat(back.function()).isEqualTo(function);
          assertThat(back.device()).isEqualTo(device);
        });
  }

  @Test
  void everyValueDecodesToFieldsThatEncodeBack() {
    qt().withFixedSeed(42).withExamples(300).forAll(integers().between(0, PciSlotNumber.MAX)).checkAssert(value -> {
      PciSlotNumber s = PciSlotNumber.of(value);
      assertThat(s.function() << 10 | s.busField() << 5 | s.device()).isEqualTo(value);
      if (!s.onRootBus()) {
        assertThat(PciSlotNumber.behindBridge(s.bridgeIndex().getAsInt(), s.function(), s.device())).isEqualTo(s);
      }
    });
  }
}
