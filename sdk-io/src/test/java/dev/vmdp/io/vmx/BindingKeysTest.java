package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written key matching of the binding agrees with the grammar it replaced. */
class BindingKeysTest {
  private static final Pattern PASSTHRU = Pattern.compile("pcipassthru(0|[1-9][0-9]{0,8})\\.(.+)");
  private static final Pattern DEVICE = Pattern.compile(
      "((?:ethernet|scsi|sata|nvme|vmci)(?:0|[1-9][0-9]{0,8})|sound|usb|usb_xhci|ehci|svga|hdaudio)"
          + "\\.(present|virtualdev|pcislotnumber)");

  @Test
  void readsTheIndexOfPassthroughAndBridgeKeys() {
    assertThat(BindingReader.indexOf("pcipassthru0.id", "pcipassthru")).isZero();
    assertThat(BindingReader.indexOf("pcipassthru12.present", "pcipassthru")).isEqualTo(12);
    assertThat(BindingReader.indexOf("pcibridge7.functions", "pcibridge")).isEqualTo(7);
    assertThat(BindingReader.indexOf("pcipassthru999999999.id", "pcipassthru")).isEqualTo(999_999_999);
  }

  @Test
  void rejectsIndexSpellingsThatWouldShareAnIndex() {
    assertThat(BindingReader.indexOf("pcipassthru01.id", "pcipassthru")).isEqualTo(-1);
    assertThat(BindingReader.indexOf("pcipassthru1234567890.id", "pcipassthru")).isEqualTo(-1);
    assertThat(BindingReader.indexOf("pcipassthru5.", "pcipassthru")).isEqualTo(-1);
    assertThat(BindingReader.indexOf("pcipassthru.use64bitmmio", "pcipassthru")).isEqualTo(-1);
    assertThat(BindingReader.indexOf("pcipassthrux.id", "pcipassthru")).isEqualTo(-1);
  }

  @Test
  void findsTheDevicesTheBindingReads() {
    assertThat(BindingReader.devicePrefix("ethernet0.present")).isEqualTo("ethernet0");
    assertThat(BindingReader.devicePrefix("usb_xhci.pcislotnumber")).isEqualTo("usb_xhci");
    assertThat(BindingReader.devicePrefix("scsi10.virtualdev")).isEqualTo("scsi10");
    assertThat(BindingReader.devicePrefix("ethernet01.present")).isNull();
    assertThat(BindingReader.devicePrefix("sound0.present")).isNull();
    assertThat(BindingReader.devicePrefix("ethernet0.generatedaddress")).isNull();
    assertThat(BindingReader.devicePrefix("usb.present.x")).isNull();
  }

  @Test
  void agreesWithTheRegularGrammarOnGeneratedKeys() {
    Gen<String> stems = Generate.pick(java.util.List.of("pcipassthru", "pcibridge", "ethernet", "scsi", "sata",
        "nvme", "vmci", "sound", "usb", "usb_xhci", "ehci", "svga", "hdaudio", "floppy", ""));
    Gen<String> numbers = Generate.pick(java.util.List.of("", "0", "1", "01", "10", "999999999", "1234567890", "x"));
    Gen<String> rests = Generate.pick(java.util.List.of("present", "virtualdev", "pcislotnumber", "id", "", "present.x"));
    qt().withFixedSeed(42).withExamples(2000).forAll(stems, numbers, rests).checkAssert((s, n, r) -> {
      String key = s + n + "." + r;
      Matcher p = PASSTHRU.matcher(key);
      assertThat(BindingReader.indexOf(key, "pcipassthru")).as(key)
          .isEqualTo(p.matches() ? Integer.parseInt(p.group(1)) : -1);
      Matcher d = DEVICE.matcher(key);
      assertThat(BindingReader.devicePrefix(key)).as(key).isEqualTo(d.matches() ? d.group(1) : null);
    });
  }

  @Test
  void readsDecimalNumbersAsTheBindingAllows() {
    assertThat(TypedValues.isDecimal("0")).isTrue();
    assertThat(TypedValues.isDecimal("-12")).isTrue();
    assertThat(TypedValues.isDecimal("123456789012345678")).isTrue();
    assertThat(TypedValues.isDecimal("1234567890123456789")).isFalse();
    assertThat(TypedValues.isDecimal("-")).isFalse();
    assertThat(TypedValues.isDecimal("")).isFalse();
    assertThat(TypedValues.isDecimal("12a")).isFalse();
    assertThat(TypedValues.isDecimal("+1")).isFalse();
  }
}
