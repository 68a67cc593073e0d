package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.rules.Rule;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every catalogue ID has a rule in the standard set, a documentation page and a VMDPnnnTest; nothing else does. */
class CatalogueCompletenessTest {
  private static final List<String> TEST_PACKAGES =
      List.of("host", "device", "vm", "reset", "log", "standard");

  @Test
  void everyCatalogueIdHasARulePageAndTest() {
    Set<String> rules = StandardRules.all().stream().map(Rule::id).collect(Collectors.toSet());
    for (CatalogueEntry e : RuleCatalogue.standard().all()) {
      String id = e.id().toString();
      assertThat(rules).as("a rule for " + id).contains(id);
      assertThat(RuleCatalogue.standard().documentation(id)).as("a page for " + id).startsWith("# " + id + ":");
      assertThat(TEST_PACKAGES.stream().anyMatch(p -> exists("dev.vmdp.rules." + p + "." + id + "Test")))
          .as("a test class " + id + "Test").isTrue();
    }
  }

  @Test
  void theStandardSetHasNothingOutsideTheCatalogueAndNoDuplicates() {
    List<String> ids = StandardRules.all().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(RuleCatalogue.standard().all().size());
    assertThat(ids).isSorted();
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
