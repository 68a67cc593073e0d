package dev.vmdp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness's line edits: they find lines by how they start and change only those. */
class TestTextTest {
  static final String VM = """
      memsize = "512"
      sched.mem.min = "128"
      sched.mem.minsize = "128"
      """;

  @Test
  void markPutsTheMarkerBeforeTheFirstLineThatStartsSo() {
    assertThat(TestText.mark(VM, "sched.mem.min", "VMDP305", "VMDP317"))
        .isEqualTo("memsize = \"512\"\n# BUG: VMDP305 VMDP317\nsched.mem.min = \"128\"\nsched.mem.minsize = \"128\"\n");
    assertThat(TestText.mark(VM, "memsize", "VMDP305")).startsWith("# BUG: VMDP305\nmemsize");
  }

  @Test
  void replaceLineChangesOneLineAndKeepsTheRest() {
    assertThat(TestText.replaceLine(VM, "sched.mem.min =", "sched.mem.min = \"512\""))
        .isEqualTo("memsize = \"512\"\nsched.mem.min = \"512\"\nsched.mem.minsize = \"128\"\n");
    assertThat(TestText.replaceLine("a = \"1\"", "a =", "a = \"2\"")).isEqualTo("a = \"2\"");
  }

  @Test
  void withoutDropsEveryLineThatStartsSo() {
    assertThat(TestText.without(VM, "sched.mem.")).isEqualTo("memsize = \"512\"\n");
  }

  @Test
  void aLineThatIsNotThereIsAMistakeOfTheTest() {
    assertThatThrownBy(() -> TestText.mark(VM, "numvcpus", "VMDP305")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numvcpus");
    assertThatThrownBy(() -> TestText.replaceLine(VM, "numvcpus", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
