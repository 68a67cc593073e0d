package dev.vmdp.archfixture.bad.rules;

/** Violates: the SDK writes to standard output. */
public final class EnginePrints {
  public static void check() {
    System.out.println("checked");
  }
}
