package dev.vmdp.archfixture.bad.model;

import dev.vmdp.archfixture.bad.io.VmxReader;

/** Violates: the model depends on io. */
public final class HostReadsFiles {
  public static Object read() {
    return VmxReader.read("a = 1");
  }
}
