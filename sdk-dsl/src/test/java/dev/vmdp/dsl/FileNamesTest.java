package dev.vmdp.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  /** A name made of one number: folders shared with its neighbours, some characters above ASCII. */
  private static String name(int n) {
    String ds = "/vmfs/volumes/ds" + (n % 7) + "/";
    return switch (n % 9) {
      case 0 -> ds + "vm-" + n + "/vm-" + n + ".vmx";
      case 1 -> ds + "Übersetzung " + n + "/x.vmx";
      case 2 -> ds + "测试" + n + ".vmx";
      case 3 -> ds + "lone\uD800surrogate" + n + ".vmx"; // a String a path may not hold, kept all the same
      case 4 -> "relative/" + n + ".vmx";
      case 5 -> "" + n;
      case 6 -> "";
      case 7 -> ds + "x".repeat(n % 300) + ".vmx";
      default -> ds + "vm-" + n + "/\u0000\uFFFF.vmx";
    };
  }

  @Test
  void agreesWithALinkedHashSetForAnyNames() {
    // Numbers from a small range repeat (names added twice); more than a block of names, and
    // enough of them to grow every array.
    qt().withFixedSeed(7).withExamples(200)
        .forAll(lists().of(integers().between(0, 400)).ofSizeBetween(0, 300))
        .checkAssert(numbers -> {
          Set<String> expected = new LinkedHashSet<>();
          FileNames names = new FileNames();
          for (int n : numbers) {
            assertThat(names.addName(name(n))).isEqualTo(expected.add(name(n)));
          }
          List<String> inOrder = new ArrayList<>(expected);
          assertThat(names).hasSize(expected.size());
          assertThat(new ArrayList<>(names)).isEqualTo(inOrder);
          for (int i = 0; i < inOrder.size(); i++) {
            assertThat(names.get(i)).isEqualTo(inOrder.get(i));
          }
          for (int n = 0; n <= 400; n++) {
            assertThat(names.contains(name(n))).isEqualTo(expected.contains(name(n)));
          }
          assertThat(names).isEqualTo(inOrder);
          assertThat(names.hashCode()).isEqualTo(inOrder.hashCode());
        });
  }

  @Test
  void findsEachOfAHundredThousandNames() {
    FileNames names = new FileNames();
    for (int i = 0; i < 100_000; i++) {
      String folder = String.format("/vmfs/volumes/datastore%02d/vm-%05d", i / 100, i);
      names.addName(folder + "/vm-" + String.format("%05d", i) + ".vmx");
    }
    assertThat(names).hasSize(100_000);
    assertThat(names.get(0)).isEqualTo("/vmfs/volumes/datastore00/vm-00000/vm-00000.vmx");
    assertThat(names.get(99_999)).isEqualTo("/vmfs/volumes/datastore999/vm-99999/vm-99999.vmx");
    assertThat(names.get(54_321)).isEqualTo("/vmfs/volumes/datastore543/vm-54321/vm-54321.vmx");
    assertThat(names.addName("/vmfs/volumes/datastore543/vm-54321/vm-54321.vmx")).isFalse();
    assertThat(names).hasSize(100_000);
  }

  @Test
  void isUnmodifiableToItsReaders() {
    FileNames names = new FileNames();
    names.addName("a.vmx");
    assertThatThrownBy(() -> names.add("b.vmx")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> names.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> names.set(0, "b.vmx")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> names.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> names.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> names.addName(null)).isInstanceOf(NullPointerException.class);
    Iterator<String> it = names.iterator();
    assertThat(it.next()).isEqualTo("a.vmx");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(new FileNames()).isEmpty();
    assertThat(new FileNames().iterator().hasNext()).isFalse();
  }
}
