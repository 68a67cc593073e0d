package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files on both sides of the 64 KiB line-table threshold read alike: the same lines, keys,
 * values, columns and bytes, whether the offsets are held in 16 or 32 bits.
 */
class LineTableTest {

  /** A file of exactly {@code size} bytes: entries, a comment, an odd line, CRLF, no final newline. */
  private static byte[] file(int size) {
    StringBuilder sb = new StringBuilder("# header\r\n  key.First = \"one\" # trailing\n");
    int i = 0;
    while (sb.length() < size - 64) {
      sb.append("pad").append(i++).append(".value = \"x\"\n");
    }
    sb.append("not an entry\r");
    sb.append("last.key = \"");
    while (sb.length() < size - 1) {
      sb.append('z');
    }
    sb.append('"');
    byte[] b = sb.toString().getBytes(StandardCharsets.US_ASCII);
    assertThat(b).hasSize(size);
    return b;
  }

  @Test
  void smallAndLargeTablesReadTheSame() {
    for (int size : new int[] {LineTable.SMALL - 2, LineTable.SMALL - 1, LineTable.SMALL, LineTable.SMALL + 1, 200_000}) {
      byte[] bytes = file(size);
      VmxDocument doc = VmxDocument.parse(bytes, "big.vmx");
      assertThat(doc.toBytes()).as("size %d", size).isEqualTo(bytes);
      assertThat(doc.get("KEY.first")).contains("one");
      assertThat(doc.entry("key.first").orElseThrow().trailingComment()).contains("# trailing");
      VmxEntry last = doc.entry("last.key").orElseThrow();
      assertThat(last.value()).matches("z+").hasSize(last.raw().length - "last.key = \"\"".length());
      assertThat(last.terminator()).isEqualTo(dev.vmdp.io.LineTerminator.NONE);
      List<Integer> kinds = new ArrayList<>();
      int rawTotal = 0;
      for (VmxLine line : doc.lines()) {
        kinds.add(line instanceof VmxEntry ? 1 : line instanceof VmxOther ? 2 : 0);
        rawTotal += line.raw().length + line.terminator().bytes().length;
      }
      assertThat(rawTotal).isEqualTo(size);
      assertThat(kinds.get(0)).isZero();
      assertThat(kinds.get(kinds.size() - 2)).isEqualTo(2);
      assertThat(doc.diagnostics()).singleElement()
          .satisfies(d -> assertThat(d.ruleId()).isEqualTo("VMDP602"))
          .satisfies(d -> assertThat(d.location().orElseThrow().line()).isEqualTo(doc.lineCount() - 1));
      VmxDocument edited = doc.set("last.key", "short").set("new.key", "v");
      assertThat(edited.get("last.key")).contains("short");
      assertThat(edited.get("new.key")).contains("v");
      assertThat(edited.get("pad0.value")).contains("x");
    }
  }
}
