package dev.vmdp.report;

import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.Category;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * Renders the rule catalogue ({@code vmdp rules}) and one rule's page ({@code vmdp explain}) as
 * text or JSON.
 *
 * <pre>{@code
 * System.out.print(CatalogueRenderer.text(RuleCatalogue.standard()));
 * String json = CatalogueRenderer.json(RuleCatalogue.standard());
 * String page = CatalogueRenderer.json(RuleCatalogue.standard(), "VMDP305");
 * }</pre>
 */
public final class CatalogueRenderer {
  private CatalogueRenderer() {}

  /**
   * The catalogue by category: {@code   VMDP305  ERROR   memory reservation below memsize  [fix]}.
   *
   * @param catalogue the catalogue
   * @return the text, ending with a newline
   */
  public static String text(RuleCatalogue catalogue) {
    StringBuilder b = new StringBuilder();
    Category current = null;
    for (CatalogueEntry e : catalogue.all()) {
      if (e.category() != current) {
        b.append(current == null ? "" : "\n").append(e.category().title()).append('\n');
        current = e.category();
      }
      b.append(String.format(Locale.ROOT, "  %s  %-7s %s%s%n", e.id(), e.severity(), e.summary(),
          e.automaticallyFixable() ? "  [fix]" : ""));
    }
    return b.append("\nvmdp explain VMDPnnn shows a rule's documentation.\n").toString();
  }

  /**
   * The catalogue as one JSON object: {@code {"rules":[{"id","severity","category","summary",
   * "fixable","helpUri"}],"vmdp":{"version","schema"}}} (no trailing newline).
   *
   * @param catalogue the catalogue
   * @return the JSON text
   */
  public static String json(RuleCatalogue catalogue) {
    return JsonOutput.write(false, g -> {
      g.writeStartObject();
      g.writeArrayPropertyStart("rules");
      catalogue.all().forEach(e -> entry(g, e));
      g.writeEndArray();
      JsonReport.version(g);
      g.writeEndObject();
    });
  }

  /**
   * One rule as a JSON object: its catalogue entry and its documentation page as Markdown,
   * {@code {"rule":{"id","severity","category","summary","fixable","helpUri","page"},"vmdp":{...}}}
   * (no trailing newline).
   *
   * @param catalogue the catalogue
   * @param ruleId the rule, any case
   * @return the JSON text
   * @throws dev.vmdp.model.VmdpException when the ID is unknown or its page is missing
   */
  public static String json(RuleCatalogue catalogue, String ruleId) {
    CatalogueEntry entry = catalogue.get(ruleId);
    String page = catalogue.documentation(entry.id());
    return JsonOutput.write(false, g -> {
      g.writeStartObject();
      g.writeName("rule");
      entry(g, entry, page);
      JsonReport.version(g);
      g.writeEndObject();
    });
  }

  private static void entry(JsonGenerator g, CatalogueEntry e) {
    entry(g, e, null);
  }

  private static void entry(JsonGenerator g, CatalogueEntry e, String page) {
    g.writeStartObject();
    g.writeStringProperty("id", e.id().toString());
    g.writeStringProperty("severity", e.severity().name());
    g.writeStringProperty("category", e.category().title());
    g.writeStringProperty("summary", e.summary());
    g.writeBooleanProperty("fixable", e.automaticallyFixable());
    g.writeStringProperty("helpUri", Tool.helpUri(e.id().toString()));
    if (page != null) {
      g.writeStringProperty("page", page);
    }
    g.writeEndObject();
  }
}
