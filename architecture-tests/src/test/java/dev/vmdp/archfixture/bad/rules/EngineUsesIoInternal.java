package dev.vmdp.archfixture.bad.rules;

import dev.vmdp.archfixture.bad.io.internal.LineScanner;

/** Violates: uses the internal package of another module. */
public final class EngineUsesIoInternal {
  public static int check() {
    return LineScanner.lines("a = 1").length;
  }
}
