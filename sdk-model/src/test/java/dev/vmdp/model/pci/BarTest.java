package dev.vmdp.model.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BarTest {

  @Test
  void describesA64BitPrefetchableGpuAperture() {
    Bar b = Bar.builder().index(1).size(16L << 30).kind(BarKind.MEMORY).sixtyFourBit(true).prefetchable(true).build();
    assertThat(b.isMmio()).isTrue();
    assertThat(b.isRom()).isFalse();
    assertThat(b).hasToString("BAR1 MEMORY 16G 64-bit prefetchable");
  }

  @Test
  void defaultsToA32BitNonPrefetchableBar() {
    Bar b = Bar.builder().index(0).size(128 * 1024).kind(BarKind.MEMORY).build();
    assertThat(b.sixtyFourBit()).isFalse();
    assertThat(b.prefetchable()).isFalse();
    assertThat(b).hasToString("BAR0 MEMORY 128K");
  }

  @Test
  void romAndIoAreNotMmio() {
    assertThat(Bar.builder().index(Bar.ROM).size(512 * 1024).kind(BarKind.MEMORY).build().isMmio()).isFalse();
    Bar io = Bar.builder().index(2).size(32).kind(BarKind.IO).build();
    assertThat(io.isMmio()).isFalse();
    assertThat(io).hasToString("BAR2 IO 32");
  }

  @Test
  void printsSizesAsLspciDoes() {
    assertThat(Bar.humanSize(256L << 20)).isEqualTo("256M");
    assertThat(Bar.humanSize(4096)).isEqualTo("4K");
    assertThat(Bar.humanSize(1L << 40)).isEqualTo("1T");
    assertThat(Bar.humanSize(100)).isEqualTo("100");
  }

  @Test
  void rejectsBadIndexNamingIt() {
    assertThatThrownBy(() -> Bar.builder().index(7).size(1).kind(BarKind.MEMORY).build())
        .hasMessageContaining("Bar index").hasMessageContaining("was 7");
    assertThatThrownBy(() -> Bar.builder().index(-1).size(1).kind(BarKind.MEMORY).build())
        .hasMessageContaining("was -1");
  }

  @Test
  void rejectsEmptySizeNamingIt() {
    assertThatThrownBy(() -> Bar.builder().index(0).size(0).kind(BarKind.MEMORY).build())
        .hasMessageContaining("Bar size").hasMessageContaining("was 0");
  }

  @Test
  void rejectsPrefetchableIo() {
    assertThatThrownBy(() -> Bar.builder().index(3).size(32).kind(BarKind.IO).prefetchable(true).build())
        .hasMessageContaining("Bar 3").hasMessageContaining("IO");
  }

  @Test
  void rejectsIoRom() {
    assertThatThrownBy(() -> Bar.builder().index(Bar.ROM).size(32).kind(BarKind.IO).build())
        .hasMessageContaining("ROM").hasMessageContaining("IO");
  }

  @Test
  void requiresKindAndSize() {
    assertThatThrownBy(() -> Bar.builder().index(0).build()).hasMessageContaining("size").hasMessageContaining("kind");
  }
}
