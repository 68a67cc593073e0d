package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PciIdTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "8086:10C6, 32902, 4294",
    "8086:10c6, 32902, 4294",
    "0x10de:0x20f1, 4318, 8433",
    "' 12ab:3456 ', 4779, 13398",
    "ffff:ffff, 65535, 65535",
    "0:1, 0, 1",
  })
  void parsesVendorDevicePairs(String text, int vendor, int device) {
    PciId id = PciId.parse(text);
    assertThat(id.vendor()).isEqualTo(vendor);
    assertThat(id.device()).isEqualTo(device);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0x10de, 4318", "0X10DE, 4318", "12ab, 4779", "3456, 13398", "10C6, 4294", "0, 0", "' 0x1 ', 1"})
  void parsesOneIdBareOrPrefixed(String text, int value) {
    assertThat(PciId.parseHex16(text)).isEqualTo(value);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "0x", "12345", "0x12345", "12g4", "-1", "+12", "１２"})
  void rejectsMalformedIdNamingTheText(String text) {
    assertThatThrownBy(() -> PciId.parseHex16(text))
        .isInstanceOf(PciFormatException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"8086", "8086:", ":10c6", "8086:10c6:1", "8086 10c6", "8086:10c6x"})
  void rejectsMalformedPairNamingTheText(String text) {
    assertThatThrownBy(() -> PciId.parse(text))
        .isInstanceOf(PciFormatException.class)
        .hasMessageContaining("'");
  }

  @Test
  void malformedPairMessageNamesThePair() {
    assertThatThrownBy(() -> PciId.parse("8086")).hasMessageContaining("'8086'");
  }

  @Test
  void rejectsOutOfRangeNumbersNamingFieldAndValue() {
    assertThatThrownBy(() -> PciId.of(0x10000, 0)).hasMessageContaining("vendor").hasMessageContaining("65536");
    assertThatThrownBy(() -> PciId.of(0, -1)).hasMessageContaining("device").hasMessageContaining("-1");
  }

  @Test
  void printsLowerCaseHexAsLspciDoes() {
    PciId id = PciId.of(0x8086, 0x10C6);
    assertThat(id).hasToString("8086:10c6");
    assertThat(id.vendorHex()).isEqualTo("8086");
    assertThat(id.deviceHex()).isEqualTo("10c6");
    assertThat(PciId.hex4(0x1a)).isEqualTo("001a");
  }

  @Test
  void ordersByVendorThenDevice() {
    assertThat(PciId.of(0x8086, 0x10c6)).isLessThan(PciId.of(0x8086, 0x10c7)).isGreaterThan(PciId.of(0x10de, 0xffff));
    assertThat(PciId.parse("8086:10C6")).isEqualTo(PciId.of(0x8086, 0x10c6)).hasSameHashCodeAs(PciId.of(0x8086, 0x10c6));
  }

  @Test
  void printedIdsParseBack() {
    qt().withFixedSeed(42).withExamples(300).forAll(integers().between(0, 0xffff), integers().between(0, 0xffff))
        .checkAssert((vendor, device) -> {
          PciId id = PciId.of(vendor, device);
          assertThat(PciId.parse(id.toString())).isEqualTo(id);
          assertThat(PciId.parse("0x" + id.vendorHex() + ":0x" + id.deviceHex())).isEqualTo(id);
        });
  }
}
