package dev.vmdp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Says once, at the start of the build, whether the shared conformance corpus is there: the corpus
 * tests of every module run when it is and are skipped (with this message) when it is not.
 */
class CorpusPresenceTest {

  @Test
  void saysWhetherTheSharedCorpusIsThere() {
    Path corpus = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus").toAbsolutePath().normalize();
    String line = Files.isDirectory(corpus)
        ? "vmdp: conformance corpus found at " + corpus + ": corpus tests run"
        : "vmdp: conformance corpus not found at " + corpus + ": corpus tests are skipped (the project's own fixtures still run)";
    System.err.println(line);
    assertThat(line).startsWith("vmdp: conformance corpus");
  }
}
