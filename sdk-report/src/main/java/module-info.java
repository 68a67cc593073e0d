/**
 * vmdp's renderers of reports, plans and the rule catalogue: text, JSON, SARIF 2.1.0, gcc-style
 * lines and Graphviz DOT. JSON and SARIF are written with Jackson's streaming generator.
 */
@SuppressWarnings("requires-automatic")
module dev.vmdp.report {
  requires transitive dev.vmdp.model;
  requires transitive dev.vmdp.rules;
  requires static org.immutables.value.annotations;

  requires tools.jackson.core;

  exports dev.vmdp.report;
}
