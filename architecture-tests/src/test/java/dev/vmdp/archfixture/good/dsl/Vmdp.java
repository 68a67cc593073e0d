package dev.vmdp.archfixture.good.dsl;

import dev.vmdp.archfixture.good.io.VmxReader;
import dev.vmdp.archfixture.good.report.TextRenderer;
import dev.vmdp.archfixture.good.rules.Engine;

/** Ties io, rules and the renderers together. */
public final class Vmdp {
  public static boolean check(String vmx) {
    return Engine.check(VmxReader.read(vmx));
  }

  public static String report(String vmx) {
    return TextRenderer.text(VmxReader.read(vmx));
  }
}
