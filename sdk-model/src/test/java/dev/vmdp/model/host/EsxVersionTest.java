package dev.vmdp.model.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.vmdp.model.VmdpException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EsxVersionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "4.0|4|0|0",
    "4.1|4|1|0",
    "5.5|5|5|0",
    "6.7|6|7|0",
    "6.7U2|6|7|2",
    "6.7 U2|6|7|2",
    "6.7u2|6|7|2",
    "7.0U3|7|0|3",
    "7.0 Update 3|7|0|3",
    "7.0 update 3|7|0|3",
    "7.0Update3|7|0|3",
    "8.0U2|8|0|2",
    "8.0.2|8|0|2",
    "6.7.0|6|7|0",
    "9.0|9|0|0",
    "3.5|3|5|0",
    "'  8.0 U1  '|8|0|1",
    "ESXi 6.7|6|7|0",
    "ESX 4.0|4|0|0",
    "VMware ESXi 7.0.3 build-19193900|7|0|3",
    "VMware ESXi 7.0 Update 3|7|0|3",
    "VCF 9.0|9|0|0",
  })
  void parsesTheWaysVersionsAreWritten(String text, int major, int minor, int update) {
    EsxVersion v = EsxVersion.parse(text);
    assertThat(v.major()).isEqualTo(major);
    assertThat(v.minor()).isEqualTo(minor);
    assertThat(v.update()).isEqualTo(update);
  }

  @Test
  void threePartVersionsEqualTheUpdateForm() {
    assertThat(EsxVersion.parse("8.0.2")).isEqualTo(EsxVersion.parse("8.0U2")).isEqualTo(EsxVersion.ESX_8_0_U2);
    assertThat(EsxVersion.parse("6.7.0")).isEqualTo(EsxVersion.ESX_6_7);
  }

  @Test
  void printsShortAndLongForms() {
    assertThat(EsxVersion.parse("7.0 Update 3")).hasToString("7.0U3");
    assertThat(EsxVersion.parse("4.0")).hasToString("4.0");
    assertThat(EsxVersion.ESX_7_0_U3.toLongString()).isEqualTo("7.0 Update 3");
    assertThat(EsxVersion.ESX_4_1.toLongString()).isEqualTo("4.1");
  }

  @Test
  void ordersAsTheProductsWereReleased() {
    List<EsxVersion> expected = List.of(EsxVersion.ESX_3_5, EsxVersion.ESX_4_0, EsxVersion.ESX_4_1, EsxVersion.ESX_5_0,
        EsxVersion.ESX_5_1, EsxVersion.ESX_5_5, EsxVersion.ESX_6_0, EsxVersion.ESX_6_5, EsxVersion.ESX_6_7,
        EsxVersion.ESX_6_7_U2, EsxVersion.ESX_7_0, EsxVersion.ESX_7_0_U1, EsxVersion.ESX_7_0_U2, EsxVersion.ESX_7_0_U3,
        EsxVersion.ESX_8_0, EsxVersion.ESX_8_0_U1, EsxVersion.ESX_8_0_U2, EsxVersion.ESX_9_0);
    List<EsxVersion> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(42));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void comparesWithIsAtLeastAndIsBefore() {
    assertThat(EsxVersion.parse("6.7U2").isAtLeast(EsxVersion.ESX_6_7)).isTrue();
    assertThat(EsxVersion.parse("6.7").isAtLeast(EsxVersion.ESX_6_7_U2)).isFalse();
    assertThat(EsxVersion.parse("6.7").isAtLeast(EsxVersion.ESX_6_7)).isTrue();
    assertThat(EsxVersion.ESX_3_5.isBefore(EsxVersion.ESX_4_0)).isTrue();
    assertThat(EsxVersion.parse("10.0").isAtLeast(EsxVersion.ESX_9_0)).isTrue();
    assertThat(EsxVersion.ESX_7_0_U3.release()).isEqualTo(EsxVersion.ESX_7_0);
    assertThat(EsxVersion.ESX_7_0.release()).isSameAs(EsxVersion.ESX_7_0);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "7", "seven", "7.x", "7.0U", "7.0 Update", "7.0U3c", "7.0.3.1", "7.0-U3", "v7.0",
      "100.0", "7.0 build"})
  void rejectsTextThatIsNoVersionNamingIt(String text) {
    assertThatThrownBy(() -> EsxVersion.parse(text))
        .isInstanceOf(VmdpException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void rejectsOutOfRangeFieldsNamingThem() {
    assertThatThrownBy(() -> EsxVersion.parse("0.5")).hasMessageContaining("'0.5'").hasMessageContaining("major");
    assertThatThrownBy(() -> EsxVersion.of(4, 100)).hasMessageContaining("minor").hasMessageContaining("100");
    assertThatThrownBy(() -> EsxVersion.of(4, 0, -1)).hasMessageContaining("update").hasMessageContaining("-1");
  }

  @Test
  void printedVersionsParseBack() {
    qt().withFixedSeed(42).withExamples(300)
        .forAll(integers().between(1, 99), integers().between(0, 99), integers().between(0, 99))
        .checkAssert((major, minor, update) -> {
          EsxVersion v = EsxVersion.of(major, minor, update);
          assertThat(EsxVersion.parse(v.toString())).isEqualTo(v);
          assertThat(EsxVersion.parse(v.toLongString())).isEqualTo(v);
          assertThat(v.compareTo(EsxVersion.of(major, minor, update))).isZero();
        });
  }
}
