/**
 * Rendering, kept apart from the values it renders: reports as text for people, JSON (the
 * command-line contract), SARIF 2.1.0 for code-scanning services and {@code FILE:LINE:COL:
 * severity: message [VMDPnnn]} lines for editors and CI; reset plans as text and JSON; the rule
 * catalogue as text and JSON. JSON and SARIF are written with Jackson's streaming generator.
 *
 * <p>Start at {@link dev.vmdp.report.ReportRenderer} (reports), {@link dev.vmdp.report.PlanRenderer}
 * (plans) or {@link dev.vmdp.report.CatalogueRenderer} (the catalogue); {@link
 * dev.vmdp.report.RenderContext} carries what a renderer needs beyond the value (the input files,
 * colour, the lowest severity shown), and {@link dev.vmdp.report.Printable} makes text from files
 * safe to show on a terminal.
 */
package dev.vmdp.report;
