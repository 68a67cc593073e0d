package dev.vmdp.model.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassthruMapTest {

  private static PassthruMapEntry line(int vendor, int device, ResetMethod m, FptShareable s, int lineNo) {
    return PassthruMapEntry.builder().vendor(vendor).device(device).resetMethod(m).fptShareable(s)
        .source(SourceRef.of("passthru.map", lineNo)).build();
  }

  private static final PassthruMapEntry ANY_ANY = line(0xffff, 0xffff, ResetMethod.BRIDGE, FptShareable.DEFAULT, 1);
  private static final PassthruMapEntry ANY_DEV = line(0xffff, 0x10c6, ResetMethod.LINK, FptShareable.DEFAULT, 2);
  private static final PassthruMapEntry VEN_ANY = line(0x8086, 0xffff, ResetMethod.FLR, FptShareable.DEFAULT, 3);
  private static final PassthruMapEntry EXACT = line(0x8086, 0x10c6, ResetMethod.D3D0, FptShareable.DEFAULT, 4);
  private static final PciId I82598 = PciId.of(0x8086, 0x10c6);

  @Test
  void exactIdsBeatVendorWildcardBeatDeviceWildcardBeatBoth() {
    PassthruMap map = PassthruMap.builder().entries(List.of(EXACT, ANY_ANY, VEN_ANY, ANY_DEV)).build();
    assertThat(map.matching(I82598)).containsExactly(EXACT, VEN_ANY, ANY_DEV, ANY_ANY);
    assertThat(map.lookup(I82598)).hasValue(EXACT);
  }

  @Test
  void fallsBackToTheNextMostSpecificLine() {
    PassthruMap map = PassthruMap.builder().entries(List.of(ANY_ANY, ANY_DEV, VEN_ANY)).build();
    assertThat(map.lookup(I82598)).hasValue(VEN_ANY);
    assertThat(map.lookup(PciId.of(0x1234, 0x10c6))).hasValue(ANY_DEV);
    assertThat(map.lookup(PciId.of(0x1234, 0x5678))).hasValue(ANY_ANY);
  }

  @Test
  void amongEqualsTheLastLineWins() {
    PassthruMapEntry first = line(0x8086, 0x10c6, ResetMethod.D3D0, FptShareable.DEFAULT, 10);
    PassthruMapEntry second = line(0x8086, 0x10c6, ResetMethod.FLR, FptShareable.FALSE, 11);
    PassthruMapEntry third = line(0x8086, 0x10c6, ResetMethod.LINK, FptShareable.TRUE, 12);
    PassthruMap map = PassthruMap.builder().addEntry(first).addEntry(second).addEntry(third).build();
    assertThat(map.lookup(I82598)).hasValue(third);
    assertThat(map.matching(I82598)).containsExactly(third, second, first);
  }

  @Test
  void aLaterLessSpecificLineDoesNotWin() {
    PassthruMap map = PassthruMap.builder().addEntry(EXACT).addEntry(ANY_ANY).build();
    assertThat(map.lookup(I82598)).hasValue(EXACT);
  }

  @Test
  void nothingMatchesOtherIds() {
    PassthruMap map = PassthruMap.builder().addEntry(EXACT).addEntry(VEN_ANY).build();
    assertThat(map.lookup(PciId.of(0x10de, 0x1eb8))).isEmpty();
    assertThat(map.matching(PciId.of(0x10de, 0x1eb8))).isEmpty();
    assertThat(PassthruMap.empty().lookup(I82598)).isEmpty();
  }

  @Test
  void aSitePolicyCanPreferTheFirstLine() {
    PassthruMapEntry first = line(0x8086, 0x10c6, ResetMethod.D3D0, FptShareable.DEFAULT, 10);
    PassthruMapEntry second = line(0x8086, 0x10c6, ResetMethod.FLR, FptShareable.FALSE, 11);
    PassthruMap map = PassthruMap.builder().addEntry(first).addEntry(second).addEntry(ANY_ANY).build();
    PassthruMap.Precedence firstWins = (a, b, ia, ib) -> {
      int c = Integer.compare(b.specificity(), a.specificity());
      return c != 0 ? c : Integer.compare(ia, ib);
    };
    assertThat(map.lookup(I82598, firstWins)).hasValue(first);
    assertThat(map.matching(I82598, firstWins)).containsExactly(first, second, ANY_ANY);
  }

  @Test
  void theGuideNvidiaLineMatchesEveryNvidiaDevice() {
    PassthruMapEntry nvidia = line(0x10de, 0xffff, ResetMethod.BRIDGE, FptShareable.FALSE, 30);
    assertThat(nvidia.matches(PciId.of(0x10de, 0x1eb8))).isTrue();
    assertThat(nvidia.matches(PciId.of(0x10de, 0x10f8))).isTrue();
    assertThat(nvidia.matches(PciId.of(0x8086, 0x1eb8))).isFalse();
    assertThat(nvidia.specificity()).isEqualTo(2);
    assertThat(nvidia.toLine()).isEqualTo("10de ffff bridge false");
    assertThat(nvidia).hasToString("10de ffff bridge false");
  }

  @Test
  void specificityRanksTheFourShapes() {
    assertThat(EXACT.specificity()).isEqualTo(3);
    assertThat(VEN_ANY.specificity()).isEqualTo(2);
    assertThat(ANY_DEV.specificity()).isEqualTo(1);
    assertThat(ANY_ANY.specificity()).isZero();
  }

  @Test
  void entryRejectsOutOfRangeIdsNamingThem() {
    assertThatThrownBy(() -> PassthruMapEntry.builder().vendor(0x10000).device(0).resetMethod(ResetMethod.FLR)
            .fptShareable(FptShareable.TRUE).build())
        .hasMessageContaining("vendor").hasMessageContaining("65536");
    assertThatThrownBy(() -> PassthruMapEntry.builder().vendor(0).device(-1).resetMethod(ResetMethod.FLR)
            .fptShareable(FptShareable.TRUE).build())
        .hasMessageContaining("device").hasMessageContaining("-1");
  }

  @Test
  void entryKeepsItsSourceLine() {
    assertThat(EXACT.source()).hasValue(SourceRef.of("passthru.map", 4));
  }
}
