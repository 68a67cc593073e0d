package dev.vmdp.archfixture.bad.console;

import dev.vmdp.archfixture.bad.io.internal.LineScanner;

/** Violates: the console uses an internal package of the SDK. */
public final class ShellUsesInternal {
  public static int count(String text) {
    return LineScanner.lines(text).length;
  }
}
