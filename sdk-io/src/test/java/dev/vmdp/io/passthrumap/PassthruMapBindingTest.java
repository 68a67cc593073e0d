package dev.vmdp.io.passthrumap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.Edited;
import dev.vmdp.model.Edit;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassthruMapBindingTest {
  static final String MAP = """
      # vendor device resetMethod fptShareable
      8086  10c6  d3d0     default
      # NVIDIA: every device
      10de  ffff  link     false   # too weak
      14e4  1662  link     false
      """;

  private static PassthruMapDocument doc(String text) {
    return PassthruMapDocument.parse(text.getBytes(UTF_8), "passthru.map");
  }

  private static String text(PassthruMapDocument d) {
    return new String(d.toBytes(), UTF_8);
  }

  /** The map with the entry at a line changed by {@code change}, or removed when it gives null. */
  private static PassthruMap changed(PassthruMap map, int line, java.util.function.UnaryOperator<PassthruMapEntry> change) {
    List<PassthruMapEntry> entries = new ArrayList<>();
    for (PassthruMapEntry e : map.entries()) {
      PassthruMapEntry c = e.source().orElseThrow().line() == line ? change.apply(e) : e;
      if (c != null) {
        entries.add(c);
      }
    }
    return PassthruMap.builder().from(map).entries(entries).build();
  }

  @Test
  void readGivesTheEntriesWithTheirLinesAndTheDiagnostics() {
    PassthruMapDocument d = doc(MAP + "8086 zzzz flr true\n");
    PassthruMap map = PassthruMapBinding.read(d);
    assertThat(map.file()).contains("passthru.map");
    assertThat(map.entries()).extracting(e -> e.source().orElseThrow().line()).containsExactly(2, 4, 5);
    assertThat(map.diagnostics()).extracting(x -> x.ruleId()).containsExactly("VMDP501");
    assertThat(d.toModel()).isEqualTo(map);
  }

  @Test
  void aFixThatChangesAnEntryReplacesItsLineKeepingSpacingAndComment() {
    PassthruMapDocument d = doc(MAP);
    PassthruMap before = PassthruMapBinding.read(d);
    PassthruMap after = changed(before, 4, e -> PassthruMapEntry.builder().from(e).resetMethod(ResetMethod.BRIDGE).build());
    Edited<PassthruMapDocument> edited = PassthruMapBinding.edit(d, before, after);
    assertThat(text(edited.document())).isEqualTo(MAP.replace("10de  ffff  link  ", "10de  ffff  bridge"));
    assertThat(edited.edits()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Edit.Kind.REPLACE);
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.oldText()).contains("10de  ffff  link     false   # too weak");
      assertThat(e.newText()).contains("10de  ffff  bridge   false   # too weak");
      assertThat(e.toString()).isEqualTo("passthru.map:4: replace line 4 with \"10de  ffff  bridge   false   # too weak\"");
    });
  }

  @Test
  void aFixThatDropsAnEntryRemovesItsLine() {
    PassthruMapDocument d = doc(MAP);
    PassthruMap before = PassthruMapBinding.read(d);
    Edited<PassthruMapDocument> edited = PassthruMapBinding.edit(d, before, changed(before, 2, e -> null));
    assertThat(text(edited.document())).isEqualTo(MAP.replace("8086  10c6  d3d0     default\n", ""));
    assertThat(edited.edits()).extracting(Edit::toString)
        .containsExactly("passthru.map:2: remove line 2 \"8086  10c6  d3d0     default\"");
    assertThat(edited.edits().get(0).kind()).isEqualTo(Edit.Kind.REMOVE);
  }

  @Test
  void anEntryWithoutASourceIsAddedAfterTheLastEntry() {
    PassthruMapDocument d = doc(MAP + "# end\n");
    PassthruMap before = PassthruMapBinding.read(d);
    PassthruMapEntry nvidia = PassthruMapEntry.builder().vendor(0x10de).device(0x1eb8)
        .resetMethod(ResetMethod.BRIDGE).fptShareable(FptShareable.FALSE).build();
    Edited<PassthruMapDocument> edited = PassthruMapBinding.edit(d, before,
        PassthruMap.builder().from(before).addEntry(nvidia).build());
    assertThat(text(edited.document())).isEqualTo(MAP + "10de  1eb8  bridge   false\n# end\n");
    assertThat(edited.edits()).extracting(Edit::toString).containsExactly("passthru.map:6: add \"10de  1eb8  bridge   false\"");
  }

  @Test
  void replaceRemoveAndAddTogetherKeepEveryOtherByteAndNumberAsTheOldFile() {
    PassthruMapDocument d = doc(MAP);
    PassthruMap before = PassthruMapBinding.read(d);
    PassthruMap after = changed(changed(before, 2, e -> null), 5,
        e -> PassthruMapEntry.builder().from(e).fptShareable(FptShareable.TRUE).build());
    PassthruMapEntry added = PassthruMapEntry.builder().vendor(0x1000).device(0x0058)
        .resetMethod(ResetMethod.LINK).fptShareable(FptShareable.FALSE).source(SourceRef.of("elsewhere.map", 9)).build();
    after = PassthruMap.builder().from(after).addEntry(added).build();
    Edited<PassthruMapDocument> edited = PassthruMapBinding.edit(d, before, after);
    assertThat(text(edited.document())).isEqualTo("""
        # vendor device resetMethod fptShareable
        # NVIDIA: every device
        10de  ffff  link     false   # too weak
        14e4  1662  link     true
        1000  0058  link     false
        """);
    assertThat(edited.edits()).extracting(Edit::toString).containsExactly(
        "passthru.map:2: remove line 2 \"8086  10c6  d3d0     default\"",
        "passthru.map:5: replace line 5 with \"14e4  1662  link     true\"",
        "passthru.map:6: add \"1000  0058  link     false\"");
    assertThat(PassthruMapBinding.read(edited.document()).entries()).extracting(PassthruMapEntry::toLine)
        .containsExactly("10de ffff link false", "14e4 1662 link true", "1000 0058 link false");
  }

  @Test
  void theMapAsReadRoundTripsWithoutAnEdit() {
    PassthruMapDocument d = doc(MAP.replace("\n", "\r\n"));
    PassthruMap map = PassthruMapBinding.read(d);
    Edited<PassthruMapDocument> edited = PassthruMapBinding.edit(d, map, map);
    assertThat(edited.changed()).isFalse();
    assertThat(edited.document().toBytes()).isEqualTo(d.toBytes());
  }

  @Test
  void aMapNotReadFromTheDocumentIsRefusedAtTheLineItNames() {
    PassthruMapDocument d = doc(MAP);
    PassthruMap other = PassthruMapBinding.read(doc("# nothing\n# here\n8086 10fb flr true\n"));
    assertThatThrownBy(() -> PassthruMapBinding.edit(d, other, PassthruMap.empty()))
        .isInstanceOf(VmdpException.class)
        .hasMessage("passthru.map:3: the map's entry \"8086 10fb flr true\" names this line, which does not hold it: "
            + "the map was not read from this document");
  }

  @Test
  void anEditThatMakesALineAboveTheLineLimitIsRefused() {
    // 23 bytes of fields and a comment: exactly 1 MiB, the longest line the reader accepts.
    PassthruMapDocument full = doc("8086 10c6 d3d0 default " + "#".repeat((1 << 20) - 23) + "\n");
    PassthruMap before = PassthruMapBinding.read(full);
    PassthruMap after = changed(before, 1, e -> PassthruMapEntry.builder().from(e).resetMethod(ResetMethod.BRIDGE).build());
    assertThatThrownBy(() -> PassthruMapBinding.edit(full, before, after))
        .isInstanceOf(VmdpException.class)
        .hasMessage("passthru.map:1: cannot replace line 1: the line would be 1048578 bytes, above the limit "
            + "of 1 MiB (InputLimits.maxLineBytes), so the file could not be read again");
    PassthruMap same = changed(before, 1, e -> PassthruMapEntry.builder().from(e).resetMethod(ResetMethod.LINK).build());
    assertThat(PassthruMapBinding.edit(full, before, same).document().line(1).text()).startsWith("8086 10c6 link default #");
  }
}
