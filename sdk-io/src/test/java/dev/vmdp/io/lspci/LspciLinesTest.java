package dev.vmdp.io.lspci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The hand-written line split gives the lines the regular-expression split gave. */
class LspciLinesTest {
  @Test
  void splitsAtEveryTerminatorAndKeepsTrailingEmptyLines() {
    assertThat(LspciReader.lines("a\r\nb\nc\rd")).containsExactly("a", "b", "c", "d");
    assertThat(LspciReader.lines("a\n\n")).containsExactly("a", "", "");
    assertThat(LspciReader.lines("\r\n\rx")).containsExactly("", "", "x");
    assertThat(LspciReader.lines("")).containsExactly("");
  }

  @Test
  void agreesWithTheRegularExpressionSplit() {
    qt().withFixedSeed(42).withExamples(1000)
        .forAll(SourceDSL.lists().of(Generate.pick(Arrays.asList("a", "b c", "\n", "\r", "\r\n", "\t", "")))
            .ofSizeBetween(0, 20))
        .checkAssert(parts -> {
          String text = String.join("", parts);
          assertThat(LspciReader.lines(text)).as(text).containsExactly(text.split("\r\n|\n|\r", -1));
        });
  }
}
