package dev.vmdp.archfixture.bad.dsl;

import dev.vmdp.archfixture.bad.console.Shell;

/** Violates: the DSL depends on the console. */
public final class VmdpUsesConsole {
  public static String prompt() {
    return Shell.PROMPT;
  }
}
