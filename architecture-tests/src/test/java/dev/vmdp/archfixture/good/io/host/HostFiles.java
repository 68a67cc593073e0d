package dev.vmdp.archfixture.good.io.host;

import dev.vmdp.archfixture.good.io.lspci.LspciReader;
import dev.vmdp.archfixture.good.model.host.Host;

/** The one host assembler: reads the host's files and builds the host. */
public final class HostFiles {
  private HostFiles() {}

  public static Host host(String lspci) {
    return Host.builder().name(LspciReader.read(lspci).get(0));
  }
}
