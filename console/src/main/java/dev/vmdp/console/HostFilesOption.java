package dev.vmdp.console;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.VmdpException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that describe the host from its files, shared by {@code check} and {@code plan}. */
final class HostFilesOption {
  @Option(names = "--lspci", paramLabel = "FILE",
      description = "lspci output of the host: -n, -nn, -vvv or -nnvvv (with or without -D); repeatable")
  List<Path> lspci = new ArrayList<>();

  @Option(names = "--pci-list", paramLabel = "FILE", description = "esxcli hardware pci list output")
  Path pciList;

  @Option(names = "--map", paramLabel = "FILE", description = "the host's passthru.map")
  Path map;

  @Option(names = "--esx-conf", paramLabel = "FILE", description = "the host's esx.conf (passthrough owners, system UUID)")
  Path esxConf;

  @Option(names = "--modules", paramLabel = "FILE", description = "esxcfg-module --list output")
  Path modules;

  @Option(names = "--esx", paramLabel = "VERSION", description = "host product version: 4.0, 4.1, 5.5, 6.7, 7.0U3, 8.0U2 ...")
  String esxVersion;

  /** True when no host file and no version was given. */
  boolean none() {
    return lspci.isEmpty() && pciList == null && map == null && esxConf == null && modules == null && esxVersion == null;
  }

  /**
   * Opens the given host files in a workspace.
   *
   * @param ws the workspace
   * @param commandLine the command, for usage errors
   * @return the same workspace
   * @throws ParameterException when {@code --esx} is not a version (a usage error, exit 2)
   */
  Workspace applyTo(Workspace ws, CommandLine commandLine) {
    lspci.forEach(ws::lspci);
    if (pciList != null) {
      ws.esxcli(pciList);
    }
    if (map != null) {
      ws.map(map);
    }
    if (esxConf != null) {
      ws.esxConf(esxConf);
    }
    if (modules != null) {
      ws.modules(modules);
    }
    if (esxVersion != null) {
      try {
        ws.hostVersion(esxVersion);
      } catch (VmdpException e) {
        throw new ParameterException(commandLine, "invalid value for option '--esx': " + e.getMessage());
      }
    }
    return ws;
  }
}
