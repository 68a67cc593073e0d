package dev.vmdp.archfixture.bad.rules.knowledge;

import dev.vmdp.archfixture.bad.rules.reset.ResetAnalysis;

/** Violates, with {@link ResetAnalysis}: a package cycle. */
public final class KnowledgeBase {
  public static boolean knows(String device) {
    return ResetAnalysis.always() && !device.isEmpty();
  }
}
