package dev.vmdp.io.vmx;

import static dev.vmdp.io.vmx.VmxTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VmxEscapeTest {

  @Test
  void escapesExactlyWhatVmwareEscapesInUpperCaseHex() {
    byte[] raw = {'a', '"', '|', 0x7F, 0x00, 0x0A, 0x0D, 0x1F, '\t', ' ', '#', '=', (byte) 0xE4, (byte) 0x80};
    assertThat(VmxEscape.escape(raw)).isEqualTo(new byte[] {
        'a', '|', '2', '2', '|', '7', 'C', '|', '7', 'F', '|', '0', '0', '|', '0', 'A', '|', '0', 'D',
        '|', '1', 'F', '\t', ' ', '#', '=', (byte) 0xE4, (byte) 0x80});
  }

  @Test
  void escapesAStringInTheGivenCharset() {
    assertThat(VmxEscape.escape("say \"hi\"", StandardCharsets.UTF_8)).isEqualTo(utf8("say |22hi|22"));
    assertThat(VmxEscape.escape("\u00e9", Charset.forName("windows-1252"))).containsExactly(0xE9);
    assertThatThrownBy(() -> VmxEscape.escape("\u4eee", StandardCharsets.US_ASCII))
        .isInstanceOf(VmdpException.class).hasMessageContaining("U+4EEE");
  }

  @Test
  void unescapesUpperAndLowerCaseHex() {
    assertThat(VmxEscape.unescape(utf8("|22a|7c|7C|0a|3D"))).isEqualTo(utf8("\"a||\n="));
    assertThat(VmxEscape.unescape(utf8("|45|73|63"), StandardCharsets.UTF_8)).isEqualTo("Esc");
  }

  @Test
  void keepsInvalidSequencesLiterallyWithoutRereadingTheBreakingByte() {
    String[][] cases = {
        {"|4|41", "|4|41"}, {"||41", "||41"}, {"|", "|"}, {"|4", "|4"}, {"|zz", "|zz"},
        {"a|g1b", "a|g1b"}, {"|4g|41", "|4gA"}, {"x|41|", "xA|"}};
    for (String[] c : cases) {
      assertThat(new String(VmxEscape.unescape(utf8(c[0])), StandardCharsets.UTF_8)).as(c[0]).isEqualTo(c[1]);
    }
    // After an invalid sequence has ended, a later escape is decoded again.
    assertThat(VmxEscape.unescape(utf8("|4x|41"))).isEqualTo(utf8("|4xA"));
  }

  @Test
  void reportsWhereInvalidEscapesStart() {
    byte[] v = utf8("ok|22 |4|41 |zz|");
    assertThat(VmxEscape.invalidEscapes(v, 0, v.length)).containsExactly(6, 12, 15);
    assertThat(VmxEscape.invalidEscapes(v, 0, 5)).isEmpty();
  }

  @Test
  void needsEscapeMatchesVmwaresTable() {
    for (int b = 0; b < 256; b++) {
      boolean expected = (b < 0x20 && b != '\t') || b == '"' || b == '|' || b == 0x7F;
      assertThat(VmxEscape.needsEscape((byte) b)).as("byte %d", b).isEqualTo(expected);
    }
  }
}
