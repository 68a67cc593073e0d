package dev.vmdp.archfixture.bad.console;

/** The program, fine by itself. */
public final class Shell {
  public static final String PROMPT = new String("vmdp> ");
}
