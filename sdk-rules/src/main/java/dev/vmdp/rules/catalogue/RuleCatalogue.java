package dev.vmdp.rules.catalogue;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable rule catalogue (DOMAIN.md section 9): every rule ID vmdp knows, with its default
 * severity, category, summary, whether it has an automatic fix, and its documentation page.
 *
 * <pre>{@code
 * RuleCatalogue rules = RuleCatalogue.standard();
 * for (CatalogueEntry e : rules.all()) {
 *   System.out.println(e);                       // VMDP101 ERROR host has no IOMMU ...
 * }
 * Optional<CatalogueEntry> maybe = rules.find("vmdp305");   // empty for unknown or malformed IDs
 * CatalogueEntry reservation = rules.get("VMDP305");       // throws VmdpException when unknown
 * String page = rules.documentation("VMDP305");            // the Markdown page from the jar
 * }</pre>
 *
 * <p>The catalogue is immutable and safe to share between threads.
 */
public final class RuleCatalogue {
  private static final String PAGES = "pages/";
  private static final RuleCatalogue STANDARD = new RuleCatalogue(StandardEntries.create());

  private final List<CatalogueEntry> entries;
  private final Map<RuleId, CatalogueEntry> byId;

  private RuleCatalogue(List<CatalogueEntry> entries) {
    Map<RuleId, CatalogueEntry> map = new LinkedHashMap<>();
    for (CatalogueEntry e : entries) {
      if (map.put(e.id(), e) != null) {
        throw new IllegalStateException("RuleCatalogue id must be unique, was '" + e.id() + "' twice");
      }
    }
    this.entries = List.copyOf(entries);
    this.byId = Collections.unmodifiableMap(map);
  }

  /** The catalogue of this vmdp version. */
  public static RuleCatalogue standard() {
    return STANDARD;
  }

  /** Every entry, ordered by ID. */
  public List<CatalogueEntry> all() {
    return entries;
  }

  /**
   * Looks up an entry by ID text, ignoring case.
   *
   * @param id text such as {@code VMDP305} or {@code vmdp305}; null or malformed text finds nothing
   * @return the entry, or empty when the ID is malformed or not in the catalogue
   */
  public Optional<CatalogueEntry> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    try {
      return find(RuleId.parse(id));
    } catch (VmdpException malformed) {
      return Optional.empty();
    }
  }

  /**
   * Looks up an entry by ID.
   *
   * @param id the ID (null finds nothing)
   * @return the entry, or empty when the catalogue does not have the ID
   */
  public Optional<CatalogueEntry> find(RuleId id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /**
   * The entry for an ID text, ignoring case.
   *
   * @param id text such as {@code VMDP305}
   * @return the entry
   * @throws VmdpException {@code unknown rule ID 'X' (vmdp rules lists them)} when the text is
   *     null, malformed or not in the catalogue
   */
  public CatalogueEntry get(String id) {
    return find(id).orElseThrow(() -> unknown(String.valueOf(id)));
  }

  /**
   * The entry for an ID.
   *
   * @param id the ID
   * @return the entry
   * @throws VmdpException when the catalogue does not have the ID (or it is null)
   */
  public CatalogueEntry get(RuleId id) {
    return find(id).orElseThrow(() -> unknown(String.valueOf(id)));
  }

  /**
   * The rule's documentation page ({@code docs/rules/VMDPnnn.md}, packaged in the jar), as
   * Markdown text.
   *
   * @param id text such as {@code VMDP305}
   * @return the page text
   * @throws VmdpException when the ID is unknown, or the page is missing from the class path
   */
  public String documentation(String id) {
    return documentation(get(id).id());
  }

  /**
   * The rule's documentation page as Markdown text.
   *
   * @param id the ID
   * @return the page text
   * @throws VmdpException when the ID is unknown, or the page is missing from the class path
   */
  public String documentation(RuleId id) {
    RuleId known = get(id).id();
    String resource = PAGES + known + ".md";
    try (InputStream in = RuleCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new VmdpException(
            "no documentation page for " + known + " on the class path (expected resource "
                + "dev/vmdp/rules/catalogue/" + resource + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VmdpException("cannot read the documentation page of " + known + ": " + e.getMessage(), e);
    }
  }

  private static VmdpException unknown(String text) {
    return new VmdpException("unknown rule ID '" + text + "' (vmdp rules lists them)");
  }
}
