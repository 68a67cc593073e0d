package dev.vmdp.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real {@code pciPassthruN.id} values from the shared corpus are accepted by the versions that wrote them. */
class CorpusIdFormTest {
  private static final Pattern ID = Pattern.compile("(?im)^\\s*pciPassthru\\d+\\.id\\s*=\\s*\"([^\"]*)\"");

  @Test
  void realIdsAreWellFormedOnEsxi7() throws IOException {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "vmx");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/corpus not found: skipping the corpus id check");
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".vmx"))::iterator) {
        Matcher m = ID.matcher(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    assertThat(ids).isNotEmpty();
    ProductKnowledge p = ProductKnowledge.standard();
    assertThat(ids).allSatisfy(id -> assertThat(p.idProblem(id, EsxVersion.ESX_7_0)).as(id).isEmpty());
  }
}
