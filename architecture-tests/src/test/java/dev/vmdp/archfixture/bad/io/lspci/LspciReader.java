package dev.vmdp.archfixture.bad.io.lspci;

import java.util.List;

/** A host reader, as sdk-io's. */
public final class LspciReader {
  private LspciReader() {}

  public static List<String> read(String file) {
    return List.of(file);
  }
}
