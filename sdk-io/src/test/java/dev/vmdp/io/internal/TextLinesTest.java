package dev.vmdp.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.VmdpException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class TextLinesTest {
  private static TextLines split(String text) {
    return TextLines.split(text.getBytes(StandardCharsets.UTF_8), "t.txt", InputLimits.defaults());
  }

  private static List<LineTerminator> terminators(TextLines lines) {
    List<LineTerminator> out = new ArrayList<>();
    for (int i = 0; i < lines.count(); i++) {
      out.add(lines.terminator(i));
    }
    return out;
  }

  @Test
  void keepsEveryTerminatorAndMakesNoLineAfterTheLast() {
    TextLines lines = split("a\r\nb\nc\rd");
    assertThat(lines.texts(StandardCharsets.UTF_8)).containsExactly("a", "b", "c", "d");
    assertThat(terminators(lines)).containsExactly(LineTerminator.CRLF, LineTerminator.LF, LineTerminator.CR,
        LineTerminator.NONE);
    assertThat(split("a\n\n").texts(StandardCharsets.UTF_8)).containsExactly("a", "");
    assertThat(split("\r\n\rx").texts(StandardCharsets.UTF_8)).containsExactly("", "", "x");
    assertThat(split("").count()).isZero();
  }

  @Test
  void aCarriageReturnBeforeALineFeedIsOneTerminator() {
    TextLines lines = split("a\r\r\nb");
    assertThat(lines.texts(StandardCharsets.UTF_8)).containsExactly("a", "", "b");
    assertThat(terminators(lines)).containsExactly(LineTerminator.CR, LineTerminator.CRLF, LineTerminator.NONE);
  }

  @Test
  void startsAtAnOffsetAndGivesOffsets() {
    byte[] b = "\u00ef\u00bb\u00bfab\ncd".getBytes(StandardCharsets.ISO_8859_1);
    TextLines lines = TextLines.split(b, 3, "t.txt", InputLimits.defaults());
    assertThat(lines.count()).isEqualTo(2);
    assertThat(lines.start(0)).isEqualTo(3);
    assertThat(lines.contentEnd(0)).isEqualTo(5);
    assertThat(lines.end(0)).isEqualTo(6);
    assertThat(lines.start(1)).isEqualTo(6);
    assertThat(lines.content(1)).containsExactly('c', 'd');
  }

  @Test
  void refusesTheFirstLineAboveTheLimitAtItsLine() {
    byte[] b = "short\nthis line is long\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> TextLines.split(b, "t.txt", InputLimits.of(100, 10)))
        .isInstanceOf(VmdpException.class)
        .hasMessage("t.txt:2: line is 17 bytes, above the limit of 10 bytes (InputLimits.maxLineBytes); "
            + "refusing to read the file");
    assertThat(TextLines.split(b, "t.txt", InputLimits.of(100, 17)).count()).isEqualTo(2);
  }

  @Test
  void linesWithTheirTerminatorsAreTheBytesAndAgreeWithTheRegularExpressionSplit() {
    qt().withFixedSeed(42).withExamples(1000)
        .forAll(SourceDSL.lists().of(Generate.pick(Arrays.asList("a", "b c", "\n", "\r", "\r\n", "\t", "\u00e9", "")))
            .ofSizeBetween(0, 20))
        .checkAssert(parts -> {
          String text = String.join("", parts);
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          TextLines lines = TextLines.split(bytes, "t.txt", InputLimits.defaults());
          ByteArrayOutputStream joined = new ByteArrayOutputStream();
          for (int i = 0; i < lines.count(); i++) {
            joined.writeBytes(lines.content(i));
            joined.writeBytes(lines.terminator(i).bytes());
          }
          assertThat(joined.toByteArray()).isEqualTo(bytes);
          List<String> expected = new ArrayList<>(Arrays.asList(text.split("\r\n|\n|\r", -1)));
          expected.remove(expected.size() - 1);   // the split's text after the last terminator
          if (!text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
            expected.add(text.substring(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1));
          }
          assertThat(lines.texts(StandardCharsets.UTF_8)).as(text).isEqualTo(expected);
        });
  }
}
