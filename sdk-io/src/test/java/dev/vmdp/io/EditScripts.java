package dev.vmdp.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Edit;
import java.util.ArrayList;
import java.util.List;

/** Test help: applies a list of {@link Edit}s to the lines they were computed on. */
public final class EditScripts {
  private EditScripts() {}

  /**
   * The line texts after the edits: each ADD goes before its old line, each REPLACE and REMOVE
   * names its old line, whose text it also checks.
   *
   * @param before the old lines' texts
   * @param edits the edits, in old line order
   * @return the new lines' texts
   */
  public static List<String> apply(List<String> before, List<Edit> edits) {
    List<String> out = new ArrayList<>();
    int next = 1;
    for (Edit e : edits) {
      int target = e.line();
      while (next < target) {
        out.add(before.get(next - 1));
        next++;
      }
      switch (e.kind()) {
        case ADD -> out.add(e.newText().orElseThrow());
        case REPLACE -> {
          assertThat(e.oldText()).as(e.toString()).contains(before.get(target - 1));
          out.add(e.newText().orElseThrow());
          next++;
        }
        case REMOVE -> {
          assertThat(e.oldText()).as(e.toString()).contains(before.get(target - 1));
          next++;
        }
      }
    }
    while (next <= before.size()) {
      out.add(before.get(next - 1));
      next++;
    }
    return out;
  }
}
