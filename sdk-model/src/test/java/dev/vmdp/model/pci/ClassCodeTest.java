package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassCodeTest {

  @Test
  void parsesFourDigitsWithoutProgrammingInterface() {
    ClassCode c = ClassCode.parse("0200");
    assertThat(c.baseClass()).isEqualTo(0x02);
    assertThat(c.subClass()).isEqualTo(0x00);
    assertThat(c.progIf()).isEmpty();
    assertThat(c).hasToString("0200");
    assertThat(c.value16()).isEqualTo(0x0200);
  }

  @Test
  void parsesSixDigitsWithProgrammingInterface() {
    ClassCode c = ClassCode.parse("060400");
    assertThat(c.value16()).isEqualTo(0x0604);
    assertThat(c.progIf()).hasValue(0);
    assertThat(c).hasToString("060400");
    assertThat(c.withoutProgIf()).isEqualTo(ClassCode.parse("0604"));
  }

  @Test
  void acceptsPrefixAndUpperCase() {
    assertThat(ClassCode.parse("0x0C03")).isEqualTo(ClassCode.of(0x0c, 0x03));
  }

  @Test
  void knowsBridges() {
    assertThat(ClassCode.parse("0604").isPciBridge()).isTrue();
    assertThat(ClassCode.parse("0609").isPciBridge()).isTrue();
    assertThat(ClassCode.parse("0600").isBridge()).isTrue();
    assertThat(ClassCode.parse("0600").isPciBridge()).isFalse();
    assertThat(ClassCode.parse("0601").isPciBridge()).isFalse();
    assertThat(ClassCode.parse("0200").isBridge()).isFalse();
  }

  @Test
  void progIfTakesPartInEquality() {
    assertThat(ClassCode.parse("060400")).isNotEqualTo(ClassCode.parse("0604"));
    assertThat(ClassCode.parse("060401")).isGreaterThan(ClassCode.parse("060400"));
    assertThat(ClassCode.parse("0604")).isLessThan(ClassCode.parse("060400"));
    assertThat(ClassCode.parse("0200")).hasSameHashCodeAs(ClassCode.of(2, 0));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "02", "020", "02000", "0200000", "02g0", "Class 0200", "0x"})
  void rejectsMalformedTextNamingIt(String text) {
    assertThatThrownBy(() -> ClassCode.parse(text))
        .isInstanceOf(PciFormatException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void rejectsOutOfRangeBytesNamingFieldAndValue() {
    assertThatThrownBy(() -> ClassCode.of(0x100, 0)).hasMessageContaining("base class").hasMessageContaining("256");
    assertThatThrownBy(() -> ClassCode.of(0, -1)).hasMessageContaining("subclass").hasMessageContaining("-1");
    assertThatThrownBy(() -> ClassCode.of(6, 4, -1)).hasMessageContaining("programming interface").hasMessageContaining("-1");
    assertThatThrownBy(() -> ClassCode.of(6, 4, 300)).hasMessageContaining("programming interface").hasMessageContaining("300");
  }
}
