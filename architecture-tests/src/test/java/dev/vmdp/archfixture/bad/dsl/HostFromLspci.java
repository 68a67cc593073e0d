package dev.vmdp.archfixture.bad.dsl;

import dev.vmdp.archfixture.bad.io.lspci.LspciReader;
import dev.vmdp.archfixture.bad.model.host.Host;

/** Violates: builds a host from a file itself instead of through the host assembler. */
public final class HostFromLspci {
  private HostFromLspci() {}

  public static Host host(String lspci) {
    return Host.builder().name(LspciReader.read(lspci).get(0));
  }
}
