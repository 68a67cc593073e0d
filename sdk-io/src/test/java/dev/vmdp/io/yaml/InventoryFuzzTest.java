package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.VmdpException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Whatever the text, reading gives an inventory or a VmdpException with a place, never a stack trace. */
class InventoryFuzzTest {

  private static final List<String> PIECES = List.of(
      "hosts:", "vms:", "templates:", "\n", "  ", "    ", "- ", "esx01:", "version: ", "4.0", "6.7 U2", "cpu: ",
      "intel", "iommu: ", "{kind: vt-d}", "devices:", "address: ", "0000:03:00.0", "zz:1", "flr: ", "true", "maybe",
      "passthrough: ", "active", "owner: ", "passthru", "modules: ", "[vmkernel, vtddmar]", "passthruMap: ",
      "['8086 10c6 d3d0 default']", "vmx: ", "a.vmx", "host: ", "&a ", "*a", "<<: ", "[", "]", "{", "}", ",", ": ",
      "'", "\"", "#", "---", "? ", "!!str ", "!custom ", "|", ">", "\t", "bridge: {primary: 0}", "revision: ", "300");

  @Test
  void yamlShapedNoiseGivesAnInventoryOrAPlacedError() {
    Gen<String> text = SourceDSL.lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40).map(l -> String.join("", l));
    qt().withFixedSeed(11).withExamples(1500).forAll(text).checkAssert(InventoryFuzzTest::readOrPlacedError);
  }

  @Test
  void arbitraryTextGivesAnInventoryOrAPlacedError() {
    Gen<String> text = SourceDSL.strings().allPossible().ofLengthBetween(0, 200);
    qt().withFixedSeed(42).withExamples(500).forAll(text).checkAssert(InventoryFuzzTest::readOrPlacedError);
  }

  private static void readOrPlacedError(String yaml) {
    try {
      Inventory inv = Inventory.parse(yaml, "fuzz.yaml", Path.of("/nonexistent-fuzz-base"));
      assertThat(inv.hosts()).isNotNull();
    } catch (VmdpException e) {
      assertThat(e.getMessage()).startsWith("fuzz.yaml:");
      assertThat(e.location()).isPresent();
    }
  }
}
