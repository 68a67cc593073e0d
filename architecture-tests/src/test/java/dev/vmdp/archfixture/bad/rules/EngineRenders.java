package dev.vmdp.archfixture.bad.rules;

import dev.vmdp.archfixture.bad.report.Text;

/** Violates: a rule returns formatted text, using the renderers. */
public final class EngineRenders {
  public static String check() {
    return Text.of(true);
  }
}
