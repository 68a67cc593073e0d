package dev.vmdp.archfixture.bad.report;

/** A renderer, fine by itself. */
public final class Text {
  public static String of(boolean ok) {
    return ok ? "ok" : "not ok";
  }
}
