package dev.vmdp.model.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The hand-written key-prefix check and kind derivation of {@link VirtualDevice} agree with the
 * regular expressions they replaced (issue #11: {@code String.matches} per device in profiles).
 */
class VirtualDeviceGrammarTest {
  private static final String OLD_KEY_PREFIX = "[^\\s#=.]+";
  private static final String OLD_TRAILING_INDEX = "[0-9]+$";

  /** Every character either pattern treats specially, Unicode blanks and line ends, and a surrogate pair. */
  private static final String POOL = " \t\n\u000b\f\r#=.aZ_09\u0085\u2028\u2029\u00a0\u001c\u2003\u0130\u0660"
      + "\ud83d\ude00";

  private static Gen<String> strings() {
    List<Character> pool = new ArrayList<>();
    for (char c : POOL.toCharArray()) {
      pool.add(c);
    }
    return SourceDSL.lists().of(Generate.pick(pool)).ofSizeBetween(0, 8).map(l -> {
      StringBuilder sb = new StringBuilder();
      l.forEach(sb::append);
      return sb.toString();
    });
  }

  @Test
  void theKeyPrefixCheckAgreesWithThePattern() {
    qt().withFixedSeed(42).withExamples(20000).forAll(strings())
        .checkAssert(s -> assertThat(VirtualDevice.isKeyPrefix(s)).as("[%s]", s).isEqualTo(s.matches(OLD_KEY_PREFIX)));
    for (String s : List.of("", " ", "ethernet0", "usb_xhci", "a.b", "a#", "a=", "a\u000b", "\u00a0", "\u2028",
        "\ud83d\ude00", "sata0:1")) {
      assertThat(VirtualDevice.isKeyPrefix(s)).as("[%s]", s).isEqualTo(s.matches(OLD_KEY_PREFIX));
    }
  }

  @Test
  void theKindAgreesWithThePattern() {
    qt().withFixedSeed(42).withExamples(20000).forAll(strings()).checkAssert(s ->
        assertThat(VirtualDevice.withoutTrailingIndex(s)).as("[%s]", s).isEqualTo(s.replaceFirst(OLD_TRAILING_INDEX, "")));
    for (String s : List.of("", "0", "123", "ethernet0", "ethernet12", "scsi0a", "a1\n", "a1\r\n", "a1\n\n",
        "a1\r", "a1\u2028", "a1\u0085", "a12\r\n1", "\u0660", "a\u0661")) {
      assertThat(VirtualDevice.withoutTrailingIndex(s)).as("[%s]", s).isEqualTo(s.replaceFirst(OLD_TRAILING_INDEX, ""));
    }
  }

  @Test
  void devicesAreBuiltAndRejectedAsBefore() {
    assertThat(VirtualDevice.builder().keyPrefix("Ethernet12").build().kind()).isEqualTo("ethernet");
    assertThat(VirtualDevice.builder().keyPrefix("usb_xhci").build().kind()).isEqualTo("usb_xhci");
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("scsi0.x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'scsi0.x'");
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("\u2003").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> VirtualDevice.builder().keyPrefix("12").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("kind must not be blank");
  }
}
