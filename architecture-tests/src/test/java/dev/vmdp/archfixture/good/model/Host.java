package dev.vmdp.archfixture.good.model;

import java.util.List;

/** A model value built through its generated implementation, in its own package. */
public abstract class Host {
  public abstract List<String> devices();

  public static Host of(List<String> devices) {
    return new ImmutableHost(devices);
  }
}
