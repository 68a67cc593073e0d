package dev.vmdp.archfixture.good.report;

import dev.vmdp.archfixture.good.model.Host;
import dev.vmdp.archfixture.good.rules.Engine;

/** Renders what the rules return; depends on the model and the rules only. */
public final class TextRenderer {
  public static String text(Host host) {
    return host.devices() + (Engine.check(host) ? ": ok" : ": no device");
  }
}
