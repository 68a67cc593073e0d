package dev.vmdp.io.passthrumap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.PassthruMapEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Conformance over {@code ../shared/corpus/passthru-map}; skipped when the corpus is absent. */
class PassthruMapCorpusTest {

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "passthru-map");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/corpus not found: skipping passthru.map conformance");
    return dir;
  }

  private static List<Path> mapFiles() throws IOException {
    try (Stream<Path> s = Files.list(corpus())) {
      return s.filter(p -> p.toString().endsWith(".map")).sorted().toList();
    }
  }

  @Test
  void everyCorpusMapReadsAndRoundTripsByteForByte() throws IOException {
    List<Path> files = mapFiles();
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      PassthruMapDocument d = PassthruMapDocument.read(f);
      assertThat(d.toBytes()).as(f.toString()).isEqualTo(bytes);
    }
  }

  @Test
  void esxi67ShippedMapParsesCleanlyWithItsFourteenEntries() {
    Path f = corpus().resolve("esxi-6.7.0-8169922-default.map");
    Assumptions.assumeTrue(Files.isRegularFile(f), f + " not found: skipping");
    PassthruMapDocument d = PassthruMapDocument.read(f);
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.toModel().entries()).hasSize(14);
    assertThat(d.toModel().entries()).extracting(PassthruMapEntry::toLine).containsExactlyElementsOf(
        BuiltInMaps.esxi67().toModel().entries().stream().map(PassthruMapEntry::toLine).toList());
  }

  @Test
  void placeholderSnippetReportsTheBadDeviceId() {
    Path f = corpus().resolve("snippet-sesametoy-esxi67-lynxpoint-placeholder.map");
    Assumptions.assumeTrue(Files.isRegularFile(f), f + " not found: skipping");
    List<Diagnostic> diags = PassthruMapDocument.read(f).diagnostics();
    assertThat(diags).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP501");
      assertThat(x.location()).contains(SourceRef.of(f.toString(), 2, 6));
    });
  }

  @Test
  void indentedSnippetReadsAsAnEntry() {
    Path f = corpus().resolve("snippet-zexvar-wiki-asmedia-sata-indented.map");
    Assumptions.assumeTrue(Files.isRegularFile(f), f + " not found: skipping");
    PassthruMapDocument d = PassthruMapDocument.read(f);
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.toModel().entries()).singleElement()
        .satisfies(e -> assertThat(e.toLine()).isEqualTo("1b21 1166 d3d0 false"));
  }
}
