package dev.vmdp.rules.catalogue;

import dev.vmdp.model.Severity;
import dev.vmdp.model.VmdpStyle;
import org.immutables.value.Value;

/**
 * One rule of the catalogue: its stable ID, default severity, one-line summary and whether vmdp
 * can apply its fix automatically ({@code vmdp check --fix}).
 *
 * <pre>{@code
 * CatalogueEntry e = RuleCatalogue.standard().get("VMDP305");
 * e.severity();              // ERROR
 * e.automaticallyFixable();  // true
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class CatalogueEntry {

  /** The stable ID. */
  public abstract RuleId id();

  /** The default severity of the rule's findings. */
  public abstract Severity severity();

  /** A one-line summary without a trailing period, as {@code vmdp rules} prints it. */
  public abstract String summary();

  /** Whether the rule's findings carry a fix that vmdp can apply to the file itself. */
  public abstract boolean automaticallyFixable();

  /** The category, given by the hundreds digit of the ID. */
  public Category category() {
    return id().category();
  }

  /** Renders as {@code VMDP305 ERROR memory reservation below memsize}. */
  @Override
  public String toString() {
    return id() + " " + severity() + " " + summary();
  }

  @Value.Check
  void check() {
    String s = summary();
    if (s.isBlank() || !s.equals(s.strip()) || s.endsWith(".") || s.contains("\n") || s.contains("\r")) {
      throw new IllegalStateException(
          "CatalogueEntry summary must be one non-blank line without surrounding blanks or a"
              + " trailing period, was '" + s + "'");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CatalogueEntry} values. */
  public static final class Builder extends ImmutableCatalogueEntry.Builder {}
}
