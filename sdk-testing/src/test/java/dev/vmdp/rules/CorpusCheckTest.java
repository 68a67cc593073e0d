package dev.vmdp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checking the whole shared corpus of real .vmx files (as {@code vmdp check ../shared/corpus/vmx}
 * does) raises no ERROR an expert would call false: the only ERROR is the one below, and it is
 * right.
 */
class CorpusCheckTest {

  @Test
  void theCorpusRaisesOnlyTheErrorsAnExpertWouldRaise() throws IOException {
    Path dir = Path.of(System.getProperty("vmdp.shared.dir", "../../shared"), "corpus", "vmx");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " not found (../shared/corpus absent): skipping");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".vmx")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThan(30);
    Workspace ws = Workspace.create();
    files.forEach(ws::vmx);
    List<String> errors = ws.check().findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.ruleId() + " " + f.location().map(l -> Path.of(l.file()).getFileName().toString()).orElse(f.subject()))
        .collect(Collectors.toList());
    // Two VM configurations of one host (the same systemId) both take GPU 0000:42:00.0: only one
    // of them can power on. That is VMDP207's case exactly.
    assertThat(errors).containsExactly("VMDP207 k3s-gpu-agent-passthru-fragment.vmx");
  }
}
