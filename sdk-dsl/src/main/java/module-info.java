/**
 * vmdp's public face: the static-import verbs ({@code dev.vmdp.dsl.Vmdp}), the fluent builders
 * and the {@code Workspace}. Requiring this module gives the whole SDK: the model, the readers
 * and writers, the rules and the renderers.
 *
 * <p>{@code dev.vmdp.dsl.internal} is exported to no module: no other vmdp module uses it.
 */
@SuppressWarnings("requires-automatic")
module dev.vmdp.dsl {
  requires transitive dev.vmdp.model;
  requires transitive dev.vmdp.io;
  requires transitive dev.vmdp.rules;
  requires transitive dev.vmdp.report;

  requires io.github.javadiffutils;

  exports dev.vmdp.dsl;
}
