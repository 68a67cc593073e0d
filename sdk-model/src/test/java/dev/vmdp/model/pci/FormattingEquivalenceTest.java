package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The hand-written formatters print exactly what the {@code String.format} calls they replaced
 * printed (issue #11: {@code String.format} showed in profiles).
 */
class FormattingEquivalenceTest {

  @Test
  void everyAddressFormMatchesTheFormatItReplaced() {
    qt().withFixedSeed(42).withExamples(5000)
        .forAll(integers().between(0, 0xffff), integers().between(0, 0xff), integers().between(0, 0x1f),
            integers().between(0, 7))
        .checkAssert((s, b, d, f) -> {
          PciAddress a = PciAddress.of(s, b, d, f);
          assertThat(a.toString()).isEqualTo(String.format(Locale.ROOT, "%04x:%02x:%02x.%x", s, b, d, f));
          assertThat(a.toShortForm()).isEqualTo(String.format(Locale.ROOT, "%02x:%02x.%x", b, d, f));
          assertThat(a.toVmxLongForm()).isEqualTo(String.format(Locale.ROOT, "%05d:%03d:%02d.%d", s, b, d, f));
          assertThat(a.toVmxShortForm()).isEqualTo(String.format(Locale.ROOT, "%02d:%02d.%d", b, d, f));
          assertThat(a.toEsxConfForm()).isEqualTo(String.format(Locale.ROOT, "%03d:%02d.%d", b, d, f));
        });
  }

  @Test
  void theExtremeAddressesPrintAsBefore() {
    assertThat(PciAddress.of(0, 0, 0, 0).toString()).isEqualTo("0000:00:00.0");
    assertThat(PciAddress.of(0xffff, 0xff, 0x1f, 7).toString()).isEqualTo("ffff:ff:1f.7");
    assertThat(PciAddress.of(0xffff, 0xff, 0x1f, 7).toVmxLongForm()).isEqualTo("65535:255:31.7");
    assertThat(PciAddress.of(0, 9, 9, 0).toVmxShortForm()).isEqualTo("09:09.0");
    assertThat(PciAddress.of(0, 255, 31, 7).toVmxShortForm()).isEqualTo("255:31.7");
    assertThat(PciAddress.of(0, 10, 10, 0).toEsxConfForm()).isEqualTo("010:10.0");
  }

  @Test
  void digitsPadLikeTheFormatterForAnyIntAndWidth() {
    qt().withFixedSeed(42).withExamples(5000)
        .forAll(integers().all(), integers().between(1, 10))
        .checkAssert((v, w) -> {
          assertThat(Digits.hex(new StringBuilder(), v, w).toString())
              .isEqualTo(String.format(Locale.ROOT, "%0" + w + "x", v));
          assertThat(Digits.dec(new StringBuilder(), v, w).toString())
              .isEqualTo(String.format(Locale.ROOT, "%0" + w + "d", v));
        });
    for (int v : new int[] {0, 1, 9, 10, 15, 16, 99, 100, 255, 256, 0xffff, 0x10000, Integer.MAX_VALUE,
        Integer.MIN_VALUE, -1}) {
      for (int w = 1; w <= 12; w++) {
        assertThat(Digits.hex(new StringBuilder(), v, w).toString()).isEqualTo(String.format(Locale.ROOT, "%0" + w + "x", v));
        assertThat(Digits.dec(new StringBuilder(), v, w).toString()).isEqualTo(String.format(Locale.ROOT, "%0" + w + "d", v));
      }
    }
  }

  @Test
  void idsClassCodesAndBusRangesPrintAsBefore() {
    for (int v = 0; v <= 0xffff; v++) {
      assertThat(PciId.hex4(v)).isEqualTo(String.format(Locale.ROOT, "%04x", v));
    }
    assertThat(PciId.hex4(0x12345)).isEqualTo("12345");
    assertThat(PciId.of(0x8086, 0x10c6).toString()).isEqualTo("8086:10c6");
    qt().withFixedSeed(42).withExamples(2000)
        .forAll(integers().between(0, 0xff), integers().between(0, 0xff), integers().between(0, 0xff))
        .checkAssert((a, b, c) -> {
          assertThat(ClassCode.of(a, b).toString()).isEqualTo(String.format(Locale.ROOT, "%02x%02x", a, b));
          assertThat(ClassCode.of(a, b, c).toString()).isEqualTo(String.format(Locale.ROOT, "%02x%02x%02x", a, b, c));
          int lo = Math.min(b, c);
          int hi = Math.max(b, c);
          assertThat(BusRange.of(a, lo, hi).toString()).isEqualTo(String.format(Locale.ROOT,
              "primary=%02x, secondary=%02x, subordinate=%02x", a, lo, hi));
        });
  }
}
