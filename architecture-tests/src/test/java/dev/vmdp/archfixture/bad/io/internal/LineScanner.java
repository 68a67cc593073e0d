package dev.vmdp.archfixture.bad.io.internal;

/** An implementation detail of the io module. */
public final class LineScanner {
  public static String[] lines(String text) {
    return text.split("\n");
  }
}
