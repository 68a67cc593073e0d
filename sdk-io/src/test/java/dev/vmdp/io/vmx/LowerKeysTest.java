package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LowerKeysTest {

  /** The lower-case key of the line {@code "  key = x"}, with the hash the parser computes. */
  private static String lower(String key) {
    byte[] b = ("  " + key + " = x").getBytes(StandardCharsets.ISO_8859_1);
    int[] row = new int[LineRecord.STRIDE];
    VmxParser.parseLine(b, 0, b.length, row, 0);
    assertThat(row[LineRecord.KEY_END] - row[LineRecord.KEY_START]).isEqualTo(key.length());
    return LowerKeys.of(b, row[LineRecord.KEY_START], row[LineRecord.KEY_END], row[LineRecord.KEY_HASH]);
  }

  @Test
  void givesTheAsciiLowerCaseOfAnyAsciiKeyAgainAndAgain() {
    // Any printable ASCII but '#' and '=' (they end a key).
    qt().withFixedSeed(42).withExamples(2000)
        .forAll(strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(1, 80)
            .map(k -> k.replace('#', '.').replace('=', '_')))
        .checkAssert(key -> {
          String expected = key.toLowerCase(Locale.ROOT);
          assertThat(lower(key)).isEqualTo(expected);
          assertThat(lower(key)).isEqualTo(expected);
          assertThat(lower(key.toUpperCase(Locale.ROOT))).isEqualTo(expected);
        });
  }

  @Test
  void sharesOneStringPerSpellingAndLeavesNonAsciiKeysToTheCaller() {
    assertThat(lower("pciPassthru0.deviceId")).isEqualTo("pcipassthru0.deviceid").isSameAs(lower("pciPassthru0.deviceId"));
    assertThat(lower("PCIPASSTHRU0.DEVICEID")).isEqualTo("pcipassthru0.deviceid");
    assertThat(lower("ethernet0.present")).isNotEqualTo(lower("ethernet1.present"));
    byte[] utf8 = "clé = x".getBytes(StandardCharsets.UTF_8);
    assertThat(LowerKeys.of(utf8, 0, 4, 0)).isNull();
  }

  @Test
  void isRightWhenThreadsRaceOnTheSameSlots() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      keys.add("Dev" + i + ".Key" + (i % 7));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          int wrong = 0;
          for (int round = 0; round < 5; round++) {
            for (String k : keys) {
              if (!lower(k).equals(k.toLowerCase(Locale.ROOT))) {
                wrong++;
              }
            }
          }
          return wrong;
        }));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
