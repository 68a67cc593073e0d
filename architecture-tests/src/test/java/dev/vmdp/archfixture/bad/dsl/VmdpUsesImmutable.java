package dev.vmdp.archfixture.bad.dsl;

import dev.vmdp.archfixture.bad.model.ImmutableHost;

/** Violates: references a generated Immutables class outside its package. */
public final class VmdpUsesImmutable {
  public static String name(ImmutableHost host) {
    return host.name();
  }
}
