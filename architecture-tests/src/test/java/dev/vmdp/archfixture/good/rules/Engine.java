package dev.vmdp.archfixture.good.rules;

import dev.vmdp.archfixture.good.model.Host;

/** Judges the model only. */
public final class Engine {
  public static boolean check(Host host) {
    return !host.devices().isEmpty();
  }
}
