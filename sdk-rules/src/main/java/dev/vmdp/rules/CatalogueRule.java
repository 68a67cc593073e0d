package dev.vmdp.rules;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.catalogue.CatalogueEntry;
import dev.vmdp.rules.catalogue.RuleCatalogue;

/**
 * A rule of the standard catalogue: its ID, default severity and summary come from
 * {@link RuleCatalogue}, so the catalogue stays the one source of them.
 *
 * <pre>{@code
 * final class MemoryNotReserved extends CatalogueRule {
 *   MemoryNotReserved() { super("VMDP305"); }
 *   public List<Finding> check(CheckContext context) { ... }
 * }
 * }</pre>
 */
public abstract class CatalogueRule implements Rule {
  private final CatalogueEntry entry;

  /**
   * A rule for a catalogue ID.
   *
   * @param id e.g. {@code "VMDP401"}
   */
  protected CatalogueRule(String id) {
    this.entry = RuleCatalogue.standard().get(id);
  }

  @Override
  public final String id() {
    return entry.id().toString();
  }

  @Override
  public final Severity defaultSeverity() {
    return entry.severity();
  }

  @Override
  public final String summary() {
    return entry.summary();
  }
}
