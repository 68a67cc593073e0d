package dev.vmdp.io.lspci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Conformance over ../shared/corpus/lspci: runs when the shared corpus is beside the checkout. */
class LspciCorpusTest {

  static Path corpus() {
    return Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "lspci");
  }

  static Stream<Path> files() throws IOException {
    Path dir = corpus();
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @Test
  void corpusIsPresentOrTheSkipIsSaid() {
    assumeTrue(Files.isDirectory(corpus()), "../shared/corpus/lspci not found: skipping lspci conformance");
    assertThat(corpus()).isDirectory();
  }

  @Test
  void everyCorpusFileGivesFunctionsWithoutUnreadableLines() throws IOException {
    assumeTrue(Files.isDirectory(corpus()), "../shared/corpus/lspci not found: skipping lspci conformance");
    List<Path> all = files().toList();
    assertThat(all).isNotEmpty();
    for (Path file : all) {
      LspciView v = LspciReader.read(file);
      assertThat(v.functions()).as(file.toString()).isNotEmpty();
      assertThat(v.notes()).as(file.toString()).allSatisfy(n -> assertThat(n.message()).doesNotContain("unreadable"));
    }
  }

  static Stream<List<String>> machines() {
    return Stream.of(
        List.of("derived-pciutils-PCI-X-bridges-and-domains-lspci-", "n", "nn", "tv", "tvnn", "vvv"),
        List.of("derived-pciutils-tree-asus-p6t6-lspci-", "n", "nn", "tv", "tvnn", "vvv"),
        List.of("derived-pciutils-tree-fsl-p2020-lspci-", "n", "nn", "tv", "tvnn", "vvv"),
        List.of("derived-pciutils-tree-fujitsu-p8010-lspci-", "n", "nn", "tv", "tvnn", "vvv"),
        List.of("dell-inspiron-620-lspci-", "nn-verbose", "tvnn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("machines")
  void viewsOfOneMachineAgree(List<String> machine) {
    assumeTrue(Files.isDirectory(corpus()), "../shared/corpus/lspci not found: skipping view agreement");
    LspciView first = LspciReader.read(corpus().resolve(machine.get(0) + machine.get(1) + ".txt"));
    for (String form : machine.subList(2, machine.size())) {
      LspciView other = LspciReader.read(corpus().resolve(machine.get(0) + form + ".txt"));
      assertThat(first.conflictsWith(other)).as(machine.get(0) + machine.get(1) + " vs " + form).isEmpty();
    }
  }

  @Test
  void derivedViewsAgreeWithTheConfigSpaceDumpsTheyCameFrom() {
    assumeTrue(Files.isDirectory(corpus()), "../shared/corpus/lspci not found: skipping dump agreement");
    for (String machine : List.of("PCI-X-bridges-and-domains", "tree-asus-p6t6", "tree-fsl-p2020", "tree-fujitsu-p8010")) {
      LspciView dump = LspciReader.read(corpus().resolve("pciutils-" + machine + ".txt"));
      LspciView vvv = LspciReader.read(corpus().resolve("derived-pciutils-" + machine + "-lspci-vvv.txt"));
      assertThat(dump.conflictsWith(vvv)).as(machine).isEmpty();
    }
  }
}
