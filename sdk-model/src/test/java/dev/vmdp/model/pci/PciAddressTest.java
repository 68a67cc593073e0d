package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.vmdp.model.VmdpException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class PciAddressTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "03:00.0,        0, 3, 0, 0",
    "0000:03:00.0,   0, 3, 0, 0",
    "0000:65:00.0,   0, 101, 0, 0",
    "0001:af:1f.7,   1, 175, 31, 7",
    "ffff:ff:1f.7,   65535, 255, 31, 7",
    "'  0c:00.1  ',  0, 12, 0, 1",
    "0A:1B.2,        0, 10, 27, 2",
  })
  void parsesLspciHexForms(String text, int segment, int bus, int device, int function) {
    assertThat(PciAddress.parse(text)).isEqualTo(PciAddress.of(segment, bus, device, function));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "130:00.0,        0, 130, 0, 0",
    "001:00.0,        0, 1, 0, 0",
    "000:11.0,        0, 0, 11, 0",
    "00000:101:00.0,  0, 101, 0, 0",
    "PCI 0:1:0:0,     0, 1, 0, 0",
    "pci 0:0:1:1,     0, 0, 1, 1",
  })
  void parseAcceptsTheUnambiguousDecimalForms(String text, int segment, int bus, int device, int function) {
    assertThat(PciAddress.parse(text)).isEqualTo(PciAddress.of(segment, bus, device, function));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "03:00.0,         0, 3, 0, 0",
    "130:00.0,        0, 130, 0, 0",
    "00000:101:00.0,  0, 101, 0, 0",
    "0:66:0.0,        0, 66, 0, 0",
    "00000:016:00.0,  0, 16, 0, 0",
    "00001:255:31.7,  1, 255, 31, 7",
    "10:11.0,         0, 10, 11, 0",
  })
  void parsesVmxIdsWithEveryFieldDecimal(String text, int segment, int bus, int device, int function) {
    assertThat(PciAddress.parseVmx(text)).isEqualTo(PciAddress.of(segment, bus, device, function));
  }

  @Test
  void readsTheGuideSampleIdAsBusThree() {
    assertThat(PciAddress.parseVmx("03:00.0")).hasToString("0000:03:00.0");
  }

  @Test
  void readsLaterEsxiLongFormAsDecimalBus() {
    assertThat(PciAddress.parseVmx("00000:101:00.0")).isEqualTo(PciAddress.parse("0000:65:00.0"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"001:00.0, 0, 1, 0, 0", "000:11.0, 0, 0, 11, 0", "016:00.0, 0, 16, 0, 0"})
  void parsesEsxConfDeviceAddressesAsDecimal(String text, int segment, int bus, int device, int function) {
    assertThat(PciAddress.parseEsxConf(text)).isEqualTo(PciAddress.of(segment, bus, device, function));
  }

  @Test
  void esxConfSlotElevenIsHexB() {
    PciAddress a = PciAddress.parseEsxConf("000:11.0");
    assertThat(a.device()).isEqualTo(0x0b);
    assertThat(a).hasToString("0000:00:0b.0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PCI 0:1:0:0, 0, 1, 0, 0", "0:0:1:1, 0, 0, 1, 1", "PCI 0:130:0:0, 0, 130, 0, 0", "PCI 2:255:31:7, 2, 255, 31, 7"})
  void parsesEsxcliAddresses(String text, int segment, int bus, int device, int function) {
    assertThat(PciAddress.parseEsxcli(text)).isEqualTo(PciAddress.of(segment, bus, device, function));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0a:00.0", "00000:1a:00.0", "3f:00.0", "0x3:00.0"})
  void rejectsHexDigitsInVmxIdsNamingTheText(String text) {
    assertThatThrownBy(() -> PciAddress.parseVmx(text))
        .isInstanceOf(PciFormatException.class)
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("is not decimal");
  }

  @Test
  void rejectsHexInEsxcliAddressNamingTheText() {
    assertThatThrownBy(() -> PciAddress.parseEsxcli("PCI 0:a:0:0"))
        .hasMessageContaining("'PCI 0:a:0:0'")
        .hasMessageContaining("'a' is not decimal");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "256:00.0|bus",
    "00:32.0|device",
    "00:00.8|function",
    "65536:01:00.0|segment",
  })
  void rejectsOutOfRangeVmxFieldsNamingTextAndField(String text, String field) {
    assertThatThrownBy(() -> PciAddress.parseVmx(text))
        .isInstanceOf(PciFormatException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining(field);
  }

  @Test
  void rejectsOutOfRangeHexFieldsNamingTheText() {
    assertThatThrownBy(() -> PciAddress.parse("00:20.0"))
        .hasMessageContaining("'00:20.0'")
        .hasMessageContaining("device must be 0..31")
        .hasMessageContaining("was 32");
  }

  @Test
  void rejectsOutOfRangeEsxcliFieldsNamingTheText() {
    assertThatThrownBy(() -> PciAddress.parseEsxcli("PCI 0:300:0:0"))
        .hasMessageContaining("'PCI 0:300:0:0'")
        .hasMessageContaining("bus");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "   ", "03", "03:00", "03.0", "1:2:3:4.0", "03:00.", ":00.0", "03:00.0.0", "03:-1.0",
      "03 :00.0", "٠٣:00.0", "123456:00:00.0", "0000:03:00:0"})
  void rejectsMalformedTextNamingIt(String text) {
    assertThatThrownBy(() -> PciAddress.parse(text))
        .isInstanceOf(PciFormatException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"PCI 0:1:0", "PCI 0:1:0:0:0", "PCI", "0:1:0.0"})
  void rejectsMalformedEsxcliTextNamingIt(String text) {
    assertThatThrownBy(() -> PciAddress.parseEsxcli(text))
        .isInstanceOf(PciFormatException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void rejectsOutOfRangeNumbersNamingFieldAndValue() {
    assertThatThrownBy(() -> PciAddress.of(0, 256, 0, 0)).hasMessageContaining("bus").hasMessageContaining("256");
    assertThatThrownBy(() -> PciAddress.of(0, 0, 32, 0)).hasMessageContaining("device").hasMessageContaining("32");
    assertThatThrownBy(() -> PciAddress.of(0, 0, 0, 8)).hasMessageContaining("function").hasMessageContaining("8");
    assertThatThrownBy(() -> PciAddress.of(-1, 0, 0, 0)).hasMessageContaining("segment").hasMessageContaining("-1");
  }

  @Test
  void printsEveryForm() {
    PciAddress a = PciAddress.parse("0000:65:0b.1");
    assertThat(a).hasToString("0000:65:0b.1");
    assertThat(a.toShortForm()).isEqualTo("65:0b.1");
    assertThat(a.toVmxLongForm()).isEqualTo("00000:101:11.1");
    assertThat(a.toVmxShortForm()).isEqualTo("101:11.1");
    assertThat(a.toEsxConfForm()).isEqualTo("101:11.1");
    assertThat(PciAddress.of(0, 1, 0, 0).toEsxConfForm()).isEqualTo("001:00.0");
    assertThat(PciAddress.of(0, 3, 0, 0).toVmxShortForm()).isEqualTo("03:00.0");
  }

  @Test
  void comparesBySegmentBusDeviceFunction() {
    List<PciAddress> list = new ArrayList<>(List.of(
        PciAddress.parse("0001:00:00.0"), PciAddress.parse("0000:03:00.1"), PciAddress.parse("0000:03:00.0"),
        PciAddress.parse("0000:02:1f.0"), PciAddress.parse("0000:03:01.0")));
    list.sort(null);
    assertThat(list).extracting(PciAddress::toString).containsExactly(
        "0000:02:1f.0", "0000:03:00.0", "0000:03:00.1", "0000:03:01.0", "0001:00:00.0");
  }

  @Test
  void equalAddressesHaveEqualHashCodes() {
    assertThat(PciAddress.parse("03:00.0")).isEqualTo(PciAddress.parseVmx("03:00.0"))
        .hasSameHashCodeAs(PciAddress.of(0, 3, 0, 0));
    assertThat(PciAddress.parse("03:00.0")).isNotEqualTo(PciAddress.parse("03:00.1"));
  }

  @Test
  void knowsFunctionsOfTheSameDevice() {
    PciAddress gpu = PciAddress.parse("0000:01:00.0");
    assertThat(gpu.withFunction(1)).isEqualTo(PciAddress.parse("0000:01:00.1"));
    assertThat(gpu.sameDevice(PciAddress.parse("01:00.1"))).isTrue();
    assertThat(gpu.sameDevice(PciAddress.parse("01:01.0"))).isFalse();
    assertThat(gpu.sameDevice(PciAddress.parse("0001:01:00.0"))).isFalse();
  }

  @Test
  void lspciFormRoundTrips() {
    qt().withFixedSeed(42).withExamples(300).forAll(addresses())
        .checkAssert(a -> assertThat(PciAddress.parse(a.toString())).isEqualTo(a));
  }

  @Test
  void vmxLongFormRoundTrips() {
    qt().withFixedSeed(42).withExamples(300).forAll(addresses()).checkAssert(a -> {
      assertThat(PciAddress.parseVmx(a.toVmxLongForm())).isEqualTo(a);
      assertThat(PciAddress.parse(a.toVmxLongForm())).isEqualTo(a);
    });
  }

  @Test
  void segmentZeroShortFormsRoundTrip() {
    qt().withFixedSeed(42).withExamples(300).forAll(segmentZero()).checkAssert(a -> {
      assertThat(PciAddress.parse(a.toShortForm())).isEqualTo(a);
      assertThat(PciAddress.parseVmx(a.toVmxShortForm())).isEqualTo(a);
      assertThat(PciAddress.parseEsxConf(a.toEsxConfForm())).isEqualTo(a);
      assertThat(PciAddress.parse(a.toEsxConfForm())).isEqualTo(a);
      assertThat(PciAddress.parseEsxcli("PCI 0:" + a.bus() + ":" + a.device() + ":" + a.function())).isEqualTo(a);
    });
  }

  /** Any address: segment 0..0xffff, bus 0..0xff, device 0..31, function 0..7. */
  private static Gen<PciAddress> addresses() {
    return integers().between(0, 0xffff).zip(integers().between(0, 0xff), integers().between(0, 31),
        integers().between(0, 7), PciAddress::of);
  }

  /** An address in segment 0: bus 0..0xff, device 0..31, function 0..7. */
  private static Gen<PciAddress> segmentZero() {
    return integers().between(0, 0xff).zip(integers().between(0, 31), integers().between(0, 7), PciAddress::of);
  }
}
