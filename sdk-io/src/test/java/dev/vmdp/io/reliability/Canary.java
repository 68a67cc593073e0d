package dev.vmdp.io.reliability;

import java.util.concurrent.atomic.AtomicInteger;

/** A class that counts its instances: a YAML tag naming it must never make the mapper build one. */
public final class Canary {
  static final AtomicInteger BUILT = new AtomicInteger();

  /** Counts the instance. */
  public Canary() {
    BUILT.incrementAndGet();
  }

  /**
   * Counts the instance.
   *
   * @param ignored any value
   */
  public Canary(String ignored) {
    BUILT.incrementAndGet();
  }
}
