package dev.vmdp.archfixture.bad.io;

/** Violates: the SDK prints a stack trace. */
public final class ReaderPrintsTrace {
  public static void read() {
    try {
      Integer.parseInt("x");
    } catch (NumberFormatException e) {
      e.printStackTrace();
    }
  }
}
