package dev.vmdp.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.Edit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  /** Lines of a text where {@code |} ends a line with LF and {@code ~} with CRLF; a last line may have neither. */
  private static List<LineDiff.Line> lines(String spec) {
    List<LineDiff.Line> out = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    for (char c : spec.toCharArray()) {
      if (c == '|' || c == '~') {
        out.add(new LineDiff.Line(content.toString().getBytes(StandardCharsets.UTF_8),
            c == '|' ? LineTerminator.LF : LineTerminator.CRLF));
        content.setLength(0);
      } else {
        content.append(c);
      }
    }
    if (content.length() > 0) {
      out.add(new LineDiff.Line(content.toString().getBytes(StandardCharsets.UTF_8), LineTerminator.NONE));
    }
    return out;
  }

  private static List<String> edits(String before, String after) {
    return LineDiff.edits("f", lines(before), lines(after), StandardCharsets.UTF_8, LineDiff.GENERIC).stream()
        .map(Edit::toString).toList();
  }

  @Test
  void equalLinesGiveNoEdit() {
    assertThat(edits("a|b|c", "a|b|c")).isEmpty();
  }

  @Test
  void numbersAddsBeforeTheOldLineTheyPrecede() {
    assertThat(edits("a|b|", "a|x|b|")).containsExactly("f:2: add \"x\"");
    assertThat(edits("a|b|", "a|b|x|")).containsExactly("f:3: add \"x\"");
    assertThat(edits("", "x|")).containsExactly("f:1: add \"x\"");
  }

  @Test
  void replacesAndRemovesTheirOldLine() {
    assertThat(edits("a|b|c|", "a|B|c|")).containsExactly("f:2: replace line 2 with \"B\"");
    assertThat(edits("a|b|c|", "a|c|")).containsExactly("f:2: remove line 2 \"b\"");
  }

  @Test
  void aRunOfChangedLinesPairsInOrderThenRemovesOrAddsTheRest() {
    assertThat(edits("a|b|c|d|", "a|X|d|"))
        .containsExactly("f:2: replace line 2 with \"X\"", "f:3: remove line 3 \"c\"");
    assertThat(edits("a|b|d|", "a|X|Y|d|"))
        .containsExactly("f:2: replace line 2 with \"X\"", "f:3: add \"Y\"");
  }

  @Test
  void aChangedTerminatorIsAnEdit() {
    assertThat(edits("a|b", "a|b|c")).containsExactly("f:2: end line 2 with LF", "f:3: add \"c\"");
    assertThat(edits("a|b|", "a|b~")).containsExactly("f:2: end line 2 with CRLF");
    assertThat(edits("a|b|", "a|b")).containsExactly("f:2: end line 2 without a line break");
  }

  @Test
  void aFormatsDescriptionIsUsedUnlessItHasNoneOrEndsWithAPeriod() {
    LineDiff.Describer d = (kind, line, before, after) -> {
      String text = new String((after != null ? after : before).content(), StandardCharsets.UTF_8);
      return text.startsWith("k") ? kind.name().toLowerCase() + " key " + text : null;
    };
    List<Edit> edits = LineDiff.edits("f", lines("k1|x|k2.|"), lines("k9|y|"), StandardCharsets.UTF_8, d);
    assertThat(edits).extracting(Edit::description)
        .containsExactly("replace key k9", "replace line 2 with \"y\"", "remove line 3 \"k2.\"");
    assertThat(edits.get(0).oldText()).contains("k1");
    assertThat(edits.get(0).newText()).contains("k9");
    assertThat(edits.get(2).newText()).isEmpty();
  }
}
