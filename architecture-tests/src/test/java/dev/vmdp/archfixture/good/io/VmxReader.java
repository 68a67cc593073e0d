package dev.vmdp.archfixture.good.io;

import dev.vmdp.archfixture.good.io.internal.LineScanner;
import dev.vmdp.archfixture.good.model.Host;
import java.util.List;

/** Reads into the model, using its own module's internal package. */
public final class VmxReader {
  public static Host read(String text) {
    return Host.of(List.of(LineScanner.lines(text)));
  }
}
