/**
 * vmdp's rule engine, rule catalogue, knowledge base and reset analysis. Every package is API.
 *
 * <p>The rule documentation pages ({@code dev/vmdp/rules/catalogue/pages/VMDPnnn.md}) are
 * resources of this module, read by {@code RuleCatalogue.documentation(id)} from inside it.
 */
@SuppressWarnings("requires-automatic")
module dev.vmdp.rules {
  requires transitive dev.vmdp.model;
  requires static org.immutables.value.annotations;

  exports dev.vmdp.rules;
  exports dev.vmdp.rules.catalogue;
  exports dev.vmdp.rules.device;
  exports dev.vmdp.rules.host;
  exports dev.vmdp.rules.knowledge;
  exports dev.vmdp.rules.log;
  exports dev.vmdp.rules.reset;
  exports dev.vmdp.rules.standard;
  exports dev.vmdp.rules.vm;
}
