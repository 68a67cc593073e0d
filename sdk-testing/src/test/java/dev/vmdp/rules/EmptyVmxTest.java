package dev.vmdp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

/** Issue #18: an empty .vmx checked clean without a word; now the report says nothing was checked, and raises nothing. */
class EmptyVmxTest {

  @Test
  void anEmptyVmxGetsALocatedNoteAndNoFinding() {
    var checked = RuleTest.forRules("VMDP301", "VMDP302", "VMDP305", "VMDP310", "VMDP606").vmx("empty.vmx", "").run()
        .expectNone();
    assertThat(checked.assumptions()).anySatisfy(a -> assertThat(a).matches(".*empty\\.vmx:1: none of the keys vmdp checks.*"));
    assertThat(checked.workspace().check().errors()).isEmpty();
  }

  @Test
  void aVmxWithKeysGetsNoSuchNote() {
    var checked = RuleTest.forRules("VMDP305").esx("7.0U3").vmx("ml01.vmx", VmxTexts.ESXI7_GPU).run();
    assertThat(checked.assumptions()).noneMatch(a -> a.contains("nothing was checked"));
  }
}
