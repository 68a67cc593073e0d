/**
 * The stable rule catalogue: rule IDs ({@link dev.vmdp.rules.catalogue.RuleId}), their
 * categories ({@link dev.vmdp.rules.catalogue.Category}), the catalogue entries
 * ({@link dev.vmdp.rules.catalogue.CatalogueEntry}) and their documentation pages.
 *
 * <p>IDs never change meaning once released. The hundreds digit names the category: 1xx host,
 * 2xx device, 3xx VM, 4xx reset and assignment, 5xx passthru.map, 6xx .vmx file, 7xx log
 * diagnosis. Each ID has one Markdown page ({@code docs/rules/VMDPnnn.md} in the repository),
 * packaged in this module's jar so that {@code vmdp explain VMDP305} can print it.
 *
 * <pre>{@code
 * RuleCatalogue rules = RuleCatalogue.standard();
 * CatalogueEntry e = rules.get("vmdp305");
 * e.severity();              // Severity.ERROR
 * e.category();              // Category.VM
 * String page = rules.documentation(e.id());
 * }</pre>
 */
@VmdpStyle
package dev.vmdp.rules.catalogue;

import dev.vmdp.model.VmdpStyle;
