package dev.vmdp.archfixture.bad.rules;

import dev.vmdp.archfixture.bad.io.VmxReader;

/** Violates: rules depend on io. */
public final class EngineReadsFiles {
  public static int check() {
    return VmxReader.read("a = 1").length;
  }
}
