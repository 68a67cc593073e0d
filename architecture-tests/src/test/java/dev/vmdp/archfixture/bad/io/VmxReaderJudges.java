package dev.vmdp.archfixture.bad.io;

import dev.vmdp.archfixture.bad.rules.Engine;

/** Violates: io depends on rules. */
public final class VmxReaderJudges {
  public static boolean read(String text) {
    return Engine.check(text);
  }
}
