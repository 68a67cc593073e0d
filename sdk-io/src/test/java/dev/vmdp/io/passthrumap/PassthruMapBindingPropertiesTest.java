package dev.vmdp.io.passthrumap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.io.EditScripts;
import dev.vmdp.io.Edited;
import dev.vmdp.model.Edit;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Any map change the binding writes changes only the lines of the entries it changes, and its
 * edits say exactly what changed: applied to the old lines they give the new ones.
 */
class PassthruMapBindingPropertiesTest {

  /** What happens to each entry: 0 kept, 1 replaced, 2 removed. */
  private static Gen<List<Integer>> fates() {
    return SourceDSL.lists().of(Generate.range(0, 2)).ofSize(12);
  }

  @Test
  void anyEditChangesOnlyItsLinesAndItsEditsSayHow() {
    qt().withFixedSeed(42).withExamples(400)
        .forAll(PassthruMapDocumentPropertiesTest.mapText(), fates(), PassthruMapDocumentPropertiesTest.entries(),
            Generate.booleans())
        .checkAssert((text, fates, entry, add) -> {
          PassthruMapDocument doc = PassthruMapDocument.parse(text.getBytes(StandardCharsets.UTF_8), "p.map");
          PassthruMap before = PassthruMapBinding.read(doc);
          List<PassthruMapEntry> entries = new ArrayList<>();
          Set<Integer> touched = new HashSet<>();
          for (int i = 0; i < before.entries().size(); i++) {
            PassthruMapEntry e = before.entries().get(i);
            int line = e.source().orElseThrow().line();
            switch (fates.get(i)) {
              case 0 -> entries.add(e);
              case 1 -> {
                PassthruMapEntry r = PassthruMapEntry.builder().from(entry).source(e.source()).build();
                entries.add(r);
                if (!r.toLine().equals(e.toLine())) {
                  touched.add(line);
                }
              }
              default -> touched.add(line);
            }
          }
          if (add) {
            entries.add(entry);
          }
          PassthruMap after = PassthruMap.builder().from(before).entries(entries).build();
          Edited<PassthruMapDocument> edited = PassthruMapBinding.edit(doc, before, after);

          assertThat(EditScripts.apply(texts(doc), edited.edits())).isEqualTo(texts(edited.document()));
          assertThat(PassthruMapBinding.read(edited.document()).entries()).extracting(PassthruMapEntry::toLine)
              .isEqualTo(entries.stream().map(PassthruMapEntry::toLine).toList());
          // A line the edits change is one the fix touched, or one of the same text (equal lines
          // cannot be told apart by their bytes).
          Set<String> touchedTexts = new HashSet<>();
          touched.forEach(n -> touchedTexts.add(doc.line(n).text()));
          for (Edit e : edited.edits()) {
            if (e.kind() != Edit.Kind.ADD && !e.oldText().equals(e.newText())) {
              assertThat(touchedTexts).as(e.toString()).contains(e.oldText().orElseThrow());
            }
          }
          List<String> untouched = new ArrayList<>();
          for (PassthruMapLine l : doc.lines()) {
            if (!touched.contains(l.number())) {
              untouched.add(l.text());   // its terminator too, unless an entry is added after it as last line
            }
          }
          List<String> kept = new ArrayList<>();
          edited.document().lines().forEach(l -> kept.add(l.text()));
          if (!untouched.isEmpty()) {
            assertThat(kept).as("every untouched line, in order").containsSubsequence(untouched);
          }
          assertThat(edited.document().lineCount()).isEqualTo(doc.lineCount()
              - (int) fates.stream().limit(before.entries().size()).filter(f -> f == 2).count() + (add ? 1 : 0));
        });
  }

  private static List<String> texts(PassthruMapDocument d) {
    List<String> out = new ArrayList<>();
    d.lines().forEach(l -> out.add(l.text()));
    return out;
  }
}
