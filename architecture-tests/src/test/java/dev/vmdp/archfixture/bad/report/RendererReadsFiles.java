package dev.vmdp.archfixture.bad.report;

import dev.vmdp.archfixture.bad.io.VmxReader;

/** Violates: the renderers depend on io. */
public final class RendererReadsFiles {
  public static String render() {
    return String.join(",", VmxReader.read("a = 1"));
  }
}
