package dev.vmdp.archfixture.good.examples;

import dev.vmdp.archfixture.good.dsl.Vmdp;

/** An example: may print. */
public final class Example {
  public static void main(String[] args) {
    System.err.println(Vmdp.check("a = 1"));
  }
}
