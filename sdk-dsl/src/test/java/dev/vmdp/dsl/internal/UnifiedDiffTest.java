package dev.vmdp.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  static String diff(String a, String b) {
    return UnifiedDiff.diff("f.vmx", a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
  }

  @Test
  void equalContentsGiveNothing() {
    assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void oneChangedLineWithThreeLinesOfContext() {
    assertThat(diff("1\n2\n3\n4\n5\n6\n7\n", "1\n2\n3\nfour\n5\n6\n7\n")).isEqualTo(
        "--- f.vmx\n+++ f.vmx\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n");
  }

  @Test
  void distantChangesMakeTwoHunks() {
    String a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
    String b = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\n";
    assertThat(diff(a, b)).isEqualTo("--- f.vmx\n+++ f.vmx\n"
        + "@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n"
        + "@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n");
  }

  @Test
  void marksALastLineWithoutNewlineAndAnAddedLine() {
    assertThat(diff("a\nb", "a\nb\nc\n")).isEqualTo("--- f.vmx\n+++ f.vmx\n@@ -1,2 +1,3 @@\n a\n-b\n"
        + "\\ No newline at end of file\n+b\n+c\n");
  }

  @Test
  void aChangedLineEndingIsAChange() {
    assertThat(diff("a\r\nb\n", "a\nb\n")).contains("-a\n+a\n");
  }
}
