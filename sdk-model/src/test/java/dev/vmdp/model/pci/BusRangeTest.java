package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BusRangeTest {

  @Test
  void containsTheBusesFromSecondaryToSubordinate() {
    BusRange r = BusRange.of(0x00, 0x04, 0x08);
    assertThat(r.contains(0x03)).isFalse();
    assertThat(r.contains(0x04)).isTrue();
    assertThat(r.contains(0x06)).isTrue();
    assertThat(r.contains(0x08)).isTrue();
    assertThat(r.contains(0x09)).isFalse();
    assertThat(r.contains(0x00)).isFalse();
  }

  @Test
  void printsAsLspciDoes() {
    assertThat(BusRange.of(0, 3, 3)).hasToString("primary=00, secondary=03, subordinate=03");
    assertThat(BusRange.of(0x80, 0x81, 0xff)).hasToString("primary=80, secondary=81, subordinate=ff");
  }

  @Test
  void comparesByValue() {
    assertThat(BusRange.of(0, 3, 3)).isEqualTo(BusRange.of(0, 3, 3)).hasSameHashCodeAs(BusRange.of(0, 3, 3))
        .isNotEqualTo(BusRange.of(0, 3, 4));
  }

  @Test
  void rejectsSecondaryAboveSubordinateNamingBoth() {
    assertThatThrownBy(() -> BusRange.of(0, 5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secondary bus (05)")
        .hasMessageContaining("subordinate bus (04)");
  }

  @Test
  void rejectsOutOfRangeBusesNamingThem() {
    assertThatThrownBy(() -> BusRange.of(256, 1, 1)).hasMessageContaining("primary").hasMessageContaining("256");
    assertThatThrownBy(() -> BusRange.of(0, -1, 1)).hasMessageContaining("secondary").hasMessageContaining("-1");
    assertThatThrownBy(() -> BusRange.of(0, 1, 300)).hasMessageContaining("subordinate").hasMessageContaining("300");
  }
}
