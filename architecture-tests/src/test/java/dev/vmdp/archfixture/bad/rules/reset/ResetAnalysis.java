package dev.vmdp.archfixture.bad.rules.reset;

import dev.vmdp.archfixture.bad.rules.knowledge.KnowledgeBase;

/** Violates, with {@link KnowledgeBase}: a package cycle. */
public final class ResetAnalysis {
  public static boolean flr(String device) {
    return KnowledgeBase.knows(device);
  }

  public static boolean always() {
    return true;
  }
}
