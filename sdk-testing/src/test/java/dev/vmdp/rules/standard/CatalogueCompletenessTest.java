package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Rule;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every catalogue ID has a rule in the standard set, a documentation page and a VMDPnnnTest; nothing else does. */
class CatalogueCompletenessTest {
  /** Where rule tests live: this module's tests, on the harness. */
  private static final List<Path> TEST_SOURCES = List.of(Path.of("src/test/java/dev/vmdp/rules"));

  @Test
  void everyCatalogueIdHasARulePageAndTest() {
    Set<String> rules = StandardRules.all().stream().map(Rule::id).collect(Collectors.toSet());
    for (CatalogueEntry e : RuleCatalogue.standard().all()) {
      String id = e.id().toString();
      assertThat(rules).as("a rule for " + id).contains(id);
      assertThat(RuleCatalogue.standard().documentation(id)).as("a page for " + id).startsWith("# " + id + ":");
      assertThat(testExists(id)).as("a test class " + id + "Test").isTrue();
    }
  }

  @Test
  void theStandardSetHasNothingOutsideTheCatalogueAndNoDuplicates() {
    List<String> ids = StandardRules.all().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(RuleCatalogue.standard().all().size());
    assertThat(ids).isSorted();
  }

  @Test
  void ruleTestsLiveOnTheHarnessNotInTheRulesModule() {
    Path rules = Path.of("../sdk-rules/src/test/java");
    assertThat(rules).as("the rules module's tests").isDirectory();
    try (Stream<Path> files = Files.walk(rules)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("VMDP[0-9]{3}.*Test\\.java")))
          .as("VMDPnnnTest classes in sdk-rules (they belong here, on RuleTest)").isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean testExists(String id) {
    for (Path root : TEST_SOURCES) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        if (files.anyMatch(f -> f.getFileName().toString().equals(id + "Test.java"))) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
