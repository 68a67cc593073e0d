package dev.vmdp.archfixture.good.dsl;

import dev.vmdp.archfixture.good.io.VmxReader;
import dev.vmdp.archfixture.good.rules.Engine;

/** Ties io and rules together. */
public final class Vmdp {
  public static boolean check(String vmx) {
    return Engine.check(VmxReader.read(vmx));
  }
}
