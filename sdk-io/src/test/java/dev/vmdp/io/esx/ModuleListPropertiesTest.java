package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The module list reader reads any bytes into a list or a located refusal, and accounts for every line. */
class ModuleListPropertiesTest {

  @Test
  void anyBytesGiveAListOrALocatedRefusalAndEveryLineIsAccountedFor() {
    qt().withFixedSeed(42).withExamples(500).forAll(bytes()).checkAssert(bytes -> {
      ModuleList list;
      try {
        list = ModuleList.parse(bytes, "fuzz.txt");
      } catch (dev.vmdp.model.VmdpException e) {
        assertThat(e.getMessage()).matches("^fuzz\\.txt:\\d+:1: not a module list .+");
        return;
      }
      assertThat(list.modules()).allSatisfy(m -> assertThat(m.name()).matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*"));
      assertThat(list.notes()).allSatisfy(u -> assertThat(u.location().line()).isPositive());
      assertThat(list.names()).hasSize(list.modules().size());
    });
  }

  /** Up to 300 bytes, each an arbitrary byte or (equally likely) one of the bytes the parser cares about. */
  private static Gen<byte[]> bytes() {
    Gen<Byte> interesting = Generate.pick(List.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '\t', (byte) '-',
        (byte) 'a', (byte) '1', (byte) 0xe2, (byte) 0xff));
    Gen<Byte> any = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
    return Generate.byteArrays(Generate.range(0, 300), Generate.oneOf(any, interesting)).describedAs(Arrays::toString);
  }
}
