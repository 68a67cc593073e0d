package dev.vmdp.archfixture.bad.rules;

/** A rule engine, fine by itself. */
public final class Engine {
  public static boolean check(String text) {
    return !text.isEmpty();
  }
}
