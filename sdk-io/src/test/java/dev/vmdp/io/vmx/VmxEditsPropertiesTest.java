package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.io.EditScripts;
import dev.vmdp.model.Edit;
import dev.vmdp.model.VmdpException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edits between a .vmx document and the document a set or remove made change only the lines
 * of that key (or end the line before a new one), and applied to the old lines they give the new.
 */
class VmxEditsPropertiesTest {

  @Test
  void anyEditChangesOnlyItsKeysLinesAndItsEditsSayHow() {
    qt().withFixedSeed(42).withExamples(400).forAll(VmxPropertiesTest.vmxLikeBytes(), VmxPropertiesTest.values())
        .checkAssert((bytes, value) -> {
          VmxDocument doc = VmxDocument.parse(bytes, "p.vmx");
          for (String key : List.of("a", "K", "pciPassthru1.id")) {
            VmxDocument set;
            try {
              set = doc.set(key, value);
            } catch (VmdpException rejected) {
              continue;
            }
            check(doc, set, key);
            check(doc, doc.remove(key), key);
            check(set, set.remove(key), key);
          }
        });
  }

  private static void check(VmxDocument before, VmxDocument after, String key) {
    List<Edit> edits = before.editsTo(after);
    assertThat(EditScripts.apply(texts(before), edits)).isEqualTo(texts(after));
    for (Edit e : edits) {
      String written = e.kind() == Edit.Kind.REMOVE ? e.oldText().orElseThrow() : e.newText().orElseThrow();
      boolean terminatorOnly = e.kind() == Edit.Kind.REPLACE && e.oldText().equals(e.newText());
      if (!terminatorOnly) {
        assertThat(e.description()).as(e.toString())
            .isIn("set " + keyOf(written) + " = " + valueOf(written), "remove " + keyOf(written));
        assertThat(VmxDocument.asciiLower(keyOf(written))).isEqualTo(VmxDocument.asciiLower(key));
      }
    }
    assertThat(edits.isEmpty()).isEqualTo(java.util.Arrays.equals(before.toBytes(), after.toBytes()));
  }

  private static String keyOf(String line) {
    VmxEntry e = (VmxEntry) VmxDocument.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), "").lines().get(0);
    return e.key();
  }

  private static String valueOf(String line) {
    VmxEntry e = (VmxEntry) VmxDocument.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), "").lines().get(0);
    return e.writtenValue();
  }

  private static List<String> texts(VmxDocument d) {
    List<String> out = new ArrayList<>();
    d.lines().forEach(l -> out.add(l.text()));
    return out;
  }
}
