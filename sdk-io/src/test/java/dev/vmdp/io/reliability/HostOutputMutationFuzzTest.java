package dev.vmdp.io.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.lspci.LspciView;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciTopology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Host command output with its lines mutated (a line duplicated, deleted, swapped with another,
 * truncated, or a digit flipped) is read as a view or refused with a {@link VmdpException}: no
 * internal error, ever. Reproduces a reported defect: 8 of 120 mutated corpus lspci files ended in
 * {@code IllegalArgumentException: PciTopology functions must have distinct addresses} (an
 * {@code lspci -tv} tree listing an address twice) or an {@code IllegalStateException} (an esxcli
 * block whose {@code Parent Device} is itself). Inputs: every file of {@code ../shared/corpus/lspci}
 * when the corpus is present, and the project's own lspci and esxcli fixtures; fixed seeds. The
 * {@code @Timeout} is a hang guard only.
 */
class HostOutputMutationFuzzTest {
  private static final String[] LSPCI_FIXTURES = {"esxi-lspci.txt", "server-lspci-nnvvv.txt", "server-lspci-tvnn.txt"};
  private static final String ESXCLI_FIXTURE = "esxcli-pci-list.txt";

  static Path corpus() {
    return Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "lspci");
  }

  static Stream<Path> corpusFiles() throws IOException {
    if (!Files.isDirectory(corpus())) {
      return Stream.empty();
    }
    try (Stream<Path> s = Files.list(corpus())) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @Test
  void corpusIsPresentOrTheSkipIsSaid() {
    assumeTrue(Files.isDirectory(corpus()), "../shared/corpus/lspci not found: skipping the corpus mutations");
    assertThat(corpus()).isDirectory();
  }

  // No corpus, no cases: corpusIsPresentOrTheSkipIsSaid says so.
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("corpusFiles")
  @Timeout(120)
  void mutatedCorpusLspciIsReadOrRefusedNeverAnInternalError(Path file) throws IOException {
    List<String> lines = lines(Files.readAllBytes(file));
    Random random = new Random(file.getFileName().toString().hashCode());
    for (int i = 0; i < 40; i++) {
      readLspci(mutate(lines, random), file.getFileName() + " mutant " + i);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lspciFixtures")
  @Timeout(120)
  void mutatedLspciFixturesAreReadOrRefusedNeverAnInternalError(String name) {
    List<String> lines = lines(fixture("lspci/" + name));
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      readLspci(mutate(lines, random), name + " mutant " + i);
    }
  }

  static Stream<String> lspciFixtures() {
    return Stream.of(LSPCI_FIXTURES);
  }

  @Test
  @Timeout(120)
  void mutatedEsxcliOutputIsReadOrRefusedNeverAnInternalError() {
    List<String> lines = lines(fixture("esx/" + ESXCLI_FIXTURE));
    Random random = new Random(7);
    for (int i = 0; i < 1500; i++) {
      readEsxcli(mutate(lines, random), "esxcli mutant " + i);
    }
  }

  @Test
  void aTreeThatListsAnAddressTwiceIsReadWithANote() {
    String tree = "-[0000:00]-+-00.0  Host bridge [8086:3e0f]\n"
        + "           +-01.0-[01]----00.0  VGA compatible controller [10de:1eb8]\n"
        + "           \\-01.0-[02]----00.0  Ethernet controller [8086:10c6]\n";
    LspciView view = LspciReader.parse(tree.getBytes(StandardCharsets.UTF_8), "tv.txt");
    assertThat(view.functions()).extracting(f -> f.address().toString())
        .containsExactly("0000:00:00.0", "0000:00:01.0", "0000:01:00.0", "0000:02:00.0");
    assertThat(view.notes()).extracting(Object::toString)
        .contains("tv.txt:3: function 0000:00:01.0 listed again (line 2); the later listing is used");
  }

  @Test
  void anEsxcliBlockThatIsItsOwnParentHasNoParentAndANote() {
    String text = "0000:03:00.0\n   Address: 0000:03:00.0\n   Vendor ID: 0x8086\n   Device ID: 0x10b9\n"
        + "   Parent Device: PCI 0:3:0:0\n";
    EsxcliPciList list = EsxcliPciList.parse(text, "pci.txt");
    assertThat(list.reports().values()).singleElement().satisfies(r -> assertThat(r.parent()).isEmpty());
    assertThat(list.notes()).extracting(Object::toString)
        .containsExactly("pci.txt:5: 0000:03:00.0: parent device is the function itself; the parent is left unknown");
  }

  @Test
  void anEsxcliFunctionListedTwiceIsReadFromItsLaterBlockWithANote() {
    String text = "0000:03:00.0\n   Vendor ID: 0x8086\n   Device ID: 0x10b9\n"
        + "0000:03:00.0\n   Vendor ID: 0x8086\n   Device ID: 0x10c6\n";
    EsxcliPciList list = EsxcliPciList.parse(text, "pci.txt");
    assertThat(list.functions()).singleElement().satisfies(f -> assertThat(f.id().orElseThrow().device()).isEqualTo(0x10c6));
    assertThat(list.notes()).extracting(Object::toString)
        .containsExactly("pci.txt:4: function 0000:03:00.0 listed again (line 1); the later block is used");
    assertThat(PciTopology.of(list.functions()).size()).isEqualTo(1);
  }

  private static void readLspci(byte[] bytes, String name) {
    try {
      LspciView view = LspciReader.parse(bytes, name);
      assertThat(view.functions()).as(name).isNotEmpty();
      assertThat(view.combine(view).functions()).as(name).hasSameSizeAs(view.functions());
    } catch (VmdpException e) {
      assertThat(e.getMessage()).as(name).startsWith(name + ":");
    }
  }

  private static void readEsxcli(byte[] bytes, String name) {
    try {
      EsxcliPciList list = EsxcliPciList.parse(bytes, name);
      // What a host assembler does with it: these checks must hold for whatever the list holds.
      PciTopology topology = PciTopology.of(list.functions());
      Host host = Host.builder().name("h").topology(topology).putAllDeviceReports(list.reports()).build();
      assertThat(host.deviceReports()).as(name).hasSize(topology.size());
    } catch (VmdpException e) {
      assertThat(e.getMessage()).as(name).startsWith(name + ":");
    }
  }

  /** One to five mutations: duplicate, delete, swap, truncate a line, or flip a digit in one. */
  static byte[] mutate(List<String> original, Random random) {
    List<String> lines = new ArrayList<>(original);
    int count = 1 + random.nextInt(5);
    for (int m = 0; m < count && !lines.isEmpty(); m++) {
      int i = random.nextInt(lines.size());
      String line = lines.get(i);
      switch (random.nextInt(5)) {
        case 0 -> lines.add(random.nextInt(lines.size() + 1), line);
        case 1 -> lines.remove(i);
        case 2 -> {
          int j = random.nextInt(lines.size());
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        case 3 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
        default -> lines.set(i, flipDigit(line, random));
      }
    }
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String flipDigit(String line, Random random) {
    List<Integer> digits = new ArrayList<>();
    for (int k = 0; k < line.length(); k++) {
      if (Character.isDigit(line.charAt(k))) {
        digits.add(k);
      }
    }
    if (digits.isEmpty()) {
      return line;
    }
    int at = digits.get(random.nextInt(digits.size()));
    char[] c = line.toCharArray();
    c[at] = (char) ('0' + random.nextInt(10));
    return new String(c);
  }

  private static List<String> lines(byte[] bytes) {
    return List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n|\n|\r", -1));
  }

  private static byte[] fixture(String name) {
    try (InputStream in = HostOutputMutationFuzzTest.class.getResourceAsStream("/dev/vmdp/io/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
