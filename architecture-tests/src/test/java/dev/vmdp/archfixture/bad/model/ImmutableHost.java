package dev.vmdp.archfixture.bad.model;

/** Stands in for a generated Immutables class that leaked out of its package. */
public final class ImmutableHost {
  public String name() {
    return "esx01";
  }
}
