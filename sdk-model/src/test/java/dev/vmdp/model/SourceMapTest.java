package dev.vmdp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  @Test
  void keepsTheOrderKeysWereFirstPutAndTheLastReference() {
    SourceMap m = SourceMap.builder()
        .put("memsize", SourceRef.of("a.vmx", 3))
        .put("guestos", SourceRef.of("a.vmx", 5, 9))
        .put("memsize", SourceRef.of("a.vmx", 7))
        .build();
    assertThat(m.keySet()).containsExactly("memsize", "guestos");
    assertThat(m.get("memsize")).isEqualTo(SourceRef.of("a.vmx", 7));
    assertThat(m.get("guestos")).isEqualTo(SourceRef.of("a.vmx", 5, 9));
    assertThat(m.get("guestos").column()).hasValue(9);
    assertThat(m.get("memsize").column()).isEmpty();
    assertThat(m.get("nvram")).isNull();
    assertThat(m.get(42)).isNull();
    assertThat(m.containsKey("guestos")).isTrue();
    assertThat(m.containsKey("GUESTOS")).isFalse();
    assertThat(m).hasSize(2);
    assertThat(m.toString()).isEqualTo("{memsize=a.vmx:7, guestos=a.vmx:5:9}");
  }

  @Test
  void isEqualToAnyMapWithTheSameEntries() {
    Map<String, SourceRef> plain = new HashMap<>();
    plain.put("b", SourceRef.of("x.vmx", 2));
    plain.put("a", SourceRef.of("y.vmx", 1, 4));
    SourceMap m = SourceMap.copyOf(plain);
    assertThat(m).isEqualTo(plain);
    assertThat(plain).isEqualTo(m);
    assertThat(m.hashCode()).isEqualTo(plain.hashCode());
    assertThat(SourceMap.copyOf(m)).isSameAs(m);
    assertThat(SourceMap.empty()).isEmpty();
    assertThat(SourceMap.empty()).isEqualTo(Map.of());
    assertThat(SourceMap.builder().build()).isSameAs(SourceMap.empty());
  }

  @Test
  void cannotBeChanged() {
    SourceMap m = SourceMap.builder().put("a", SourceRef.of("x.vmx", 1)).build();
    assertThatThrownBy(() -> m.put("b", SourceRef.of("x.vmx", 2))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.keySet().iterator().remove()).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(SourceRef.of("x.vmx", 3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesALineBelowOne() {
    assertThatThrownBy(() -> SourceMap.builder().put("a", "x.vmx", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line must be >= 1");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> SourceMap.builder().put(null, SourceRef.of("x.vmx", 1))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SourceMap.builder().put("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SourceMap.builder(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void agreesWithALinkedHashMapForAnyKeys() {
    // Keys from a small range collide in the hash table and repeat; more than 16 keys grow the
    // builder's table. Every third key goes in through put(key, file, line), every fifth has
    // another prefix. The builder is made with room for no key, a third of them, all of them, or
    // the default, so that some grow and some do not.
    qt().withFixedSeed(42).withExamples(300)
        .forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 120), integers().between(0, 3))
        .checkAssert((numbers, room) -> {
          Map<String, SourceRef> expected = new LinkedHashMap<>();
          SourceMap.Builder b = switch (room) {
            case 0 -> SourceMap.builder(0);
            case 1 -> SourceMap.builder(numbers.size() / 3);
            case 2 -> SourceMap.builder(numbers.size());
            default -> SourceMap.builder();
          };
          int line = 1;
          for (int n : numbers) {
            String key = (n % 5 == 0 ? "ethernet" : "pcipassthru") + n + ".id";
            // Most maps name one file; with a 0 among the numbers, some keys name another.
            String file = n == 0 ? "g.vmx" : "f.vmx";
            SourceRef ref = n % 3 == 0 ? SourceRef.of(file, line, n + 1) : SourceRef.of(file, line);
            expected.put(key, ref);
            if (n % 3 == 1) {
              b.put(key, file, line);
            } else {
              b.put(key, ref);
            }
            line++;
          }
          SourceMap m = b.build();
          assertThat(m).isEqualTo(expected);
          assertThat(List.copyOf(m.keySet())).isEqualTo(List.copyOf(expected.keySet()));
          assertThat(List.copyOf(m.values())).isEqualTo(List.copyOf(expected.values()));
          assertThat(SourceMap.builder().putAll(m).build()).isEqualTo(expected);
          Map<String, SourceRef> passthru = new LinkedHashMap<>();
          expected.forEach((k, v) -> {
            if (k.startsWith("pcipassthru")) {
              passthru.put(k, v);
            }
          });
          SourceMap kept = m.keysStartingWith("pcipassthru");
          assertThat(kept).isEqualTo(passthru);
          assertThat(List.copyOf(kept.keySet())).isEqualTo(List.copyOf(passthru.keySet()));
          assertThat(m.keysStartingWith("")).isSameAs(m);
          for (int n = 0; n <= 60; n++) {
            String key = (n % 5 == 0 ? "ethernet" : "pcipassthru") + n + ".id";
            assertThat(m.get(key)).isEqualTo(expected.get(key));
            assertThat(m.containsKey(key)).isEqualTo(expected.containsKey(key));
          }
        });
  }
}
