package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class WordScanTest {
  /** Bytes that differ from the searched ones by one bit, carry a borrow, or are above ASCII. */
  private static final byte[] FILLERS = {'a', 0, (byte) 0x8A, (byte) 0x8D, 0x0B, 0x0C, 0x0E, 0x09, 0x1A,
      (byte) 0xFF, 0x01, 0x7D, 0x7B, (byte) 0xFC, 0x7F};

  private interface Search {
    int find(byte[] b, int from, int to);
  }

  @Test
  void findsTheFirstLineEndExactlyAtEveryPositionOfAWord() {
    expectFirst(WordScan::lineEnd, c -> c == '\n' || c == '\r', new byte[] {'\n', '\r'});
  }

  @Test
  void findsTheFirstPipeExactlyAtEveryPositionOfAWord() {
    expectFirst(WordScan::pipe, c -> c == '|', new byte[] {'|'});
  }

  @Test
  void findsTheFirstByteAboveAsciiExactlyAtEveryPositionOfAWord() {
    expectFirst(WordScan::high, c -> c < 0, new byte[] {(byte) 0x80, (byte) 0xC3, (byte) 0xFF});
  }

  /**
   * For every length up to five words, every filler and every position of one or two wanted bytes,
   * from every start: the search gives what a byte loop gives.
   */
  private static void expectFirst(Search search, IntPredicate wanted, byte[] targets) {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (int len = 0; len <= 40; len++) {
      for (byte filler : FILLERS) {
        byte[] b = new byte[len];
        Arrays.fill(b, filler);
        for (int at = -1; at < len; at++) {
          for (byte target : targets) {
            if (at >= 0) {
              b[at] = target;
              if (at + 1 < len) {
                b[at + 1] = targets[targets.length - 1]; // a second one right after
              }
            }
            for (int from = 0; from <= len; from++) {
              for (int to : new int[] {len, Math.max(from, at)}) {
                int expected = from;
                while (expected < to && !wanted.test(b[expected])) {
                  expected++;
                }
                int got = search.find(b, from, to);
                checked++;
                if (got != expected) {
                  wrong.add(Arrays.toString(b) + " from " + from + " to " + to + ": " + got + " not " + expected);
                }
              }
            }
            Arrays.fill(b, filler);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(100_000);
  }
}
