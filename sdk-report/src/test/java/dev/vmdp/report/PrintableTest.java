package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void escapesC0DelAndC1AndKeepsEverythingElse() {
    assertThat(Printable.of("vm x\u001b[2J \u0007 \u007f \u009b31m \u0085 é ✓")).isEqualTo(
        "vm x\\u001b[2J \\u0007 \\u007f \\u009b31m \\u0085 é ✓");
    assertThat(Printable.of("a\nb\tc")).isEqualTo("a\\u000ab\\u0009c");
    assertThat(Printable.lines("a\u0007\nb")).isEqualTo("a\\u0007\nb");
    String plain = "plain text";
    assertThat(Printable.of(plain)).isSameAs(plain);
  }

  @Test
  void bytesKeepValidTextAndShowTheRestAsHex() {
    byte[] text = "memsize = \"512\"\r\n\tdisplayName = \"café ✓\"\n".getBytes(StandardCharsets.UTF_8);
    assertThat(Printable.bytes(text)).isSameAs(text);
    assertThat(Printable.isPlainText(text)).isTrue();
    byte[] evil = {'a', 0x1b, '[', '2', 'J', (byte) 0xc2, (byte) 0x9b, 'b', (byte) 0xff, 0x00, (byte) 0xe2, (byte) 0x82};
    assertThat(new String(Printable.bytes(evil), StandardCharsets.US_ASCII))
        .isEqualTo("a\\x1b[2J\\xc2\\x9bb\\xff\\x00\\xe2\\x82");
    assertThat(Printable.isPlainText(evil)).isFalse();
  }

  @Test
  void refusesOverlongAndSurrogateEncodings() {
    byte[] overlong = {(byte) 0xc0, (byte) 0xaf, (byte) 0xed, (byte) 0xa0, (byte) 0x80};
    assertThat(new String(Printable.bytes(overlong), StandardCharsets.US_ASCII)).isEqualTo("\\xc0\\xaf\\xed\\xa0\\x80");
  }
}
