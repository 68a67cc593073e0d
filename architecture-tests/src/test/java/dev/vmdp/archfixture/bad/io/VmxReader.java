package dev.vmdp.archfixture.bad.io;

import dev.vmdp.archfixture.bad.io.internal.LineScanner;

/** A reader, fine by itself. */
public final class VmxReader {
  public static String[] read(String text) {
    return LineScanner.lines(text);
  }
}
