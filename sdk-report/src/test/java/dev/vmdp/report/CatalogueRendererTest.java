package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogueRendererTest {
  static final RuleCatalogue CATALOGUE = RuleCatalogue.standard();

  @Test
  void textListsTheCatalogueByCategory() {
    String text = CatalogueRenderer.text(CATALOGUE);
    assertThat(text).startsWith("Host\n  VMDP101  ERROR   host has no IOMMU")
        .contains("  VMDP305  ERROR   memory reservation below memsize  [fix]\n")
        .contains("\nLog diagnosis\n").endsWith("\nvmdp explain VMDPnnn shows a rule's documentation.\n");
  }

  @Test
  void jsonHoldsEveryEntryWithItsPageAddress() {
    JsonNode json = JsonReportTest.parse(CatalogueRenderer.json(CATALOGUE));
    assertThat(json.get("vmdp").get("version").asString()).isEqualTo(Tool.version());
    JsonNode rules = json.get("rules");
    assertThat(rules).hasSize(CATALOGUE.all().size());
    for (int i = 0; i < rules.size(); i++) {
      CatalogueEntry e = CATALOGUE.all().get(i);
      JsonNode r = rules.get(i);
      assertThat(r.get("id").asString()).isEqualTo(e.id().toString());
      assertThat(r.get("severity").asString()).isEqualTo(e.severity().name());
      assertThat(r.get("category").asString()).isEqualTo(e.category().title());
      assertThat(r.get("summary").asString()).isEqualTo(e.summary());
      assertThat(r.get("fixable").asBoolean()).isEqualTo(e.automaticallyFixable());
      assertThat(r.get("helpUri").asString()).endsWith("/docs/rules/" + e.id() + ".md");
    }
  }

  @Test
  void oneRuleIsItsEntryAndItsPage() {
    JsonNode rule = JsonReportTest.parse(CatalogueRenderer.json(CATALOGUE, "vmdp305")).get("rule");
    assertThat(rule.get("id").asString()).isEqualTo("VMDP305");
    assertThat(rule.get("page").asString()).isEqualTo(CATALOGUE.documentation("VMDP305"))
        .startsWith("# VMDP305: memory reservation below memsize\n");
    assertThatThrownBy(() -> CatalogueRenderer.json(CATALOGUE, "VMDP999")).isInstanceOf(VmdpException.class)
        .hasMessage("unknown rule ID 'VMDP999' (vmdp rules lists them)");
  }
}
