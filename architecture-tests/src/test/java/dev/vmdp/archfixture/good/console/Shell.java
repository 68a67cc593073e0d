package dev.vmdp.archfixture.good.console;

import dev.vmdp.archfixture.good.dsl.Vmdp;

/** The program: may print. */
public final class Shell {
  public static void main(String[] args) {
    System.out.println(Vmdp.check(args[0]));
  }
}
