package dev.vmdp.console;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.VmdpException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that describe the host from its files, shared by {@code check} and {@code plan}:
 * each file of a stated kind ({@code --lspci} refuses esxcli output), or {@code --host} for a
 * folder or vm-support bundle whose files are recognised by their content.
 */
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

  @Option(names = "--host", paramLabel = "DIR|BUNDLE.tgz",
      description = "the host's files: a folder of command outputs and files, or a vm-support bundle; each file is "
          + "recognised by its content, and the .vmx files and logs inside are checked too")
  Path hostFiles;

  /** True when no host file and no version was given. */
  boolean none() {
    return lspci.isEmpty() && pciList == null && map == null && esxConf == null && modules == null && esxVersion == null
        && hostFiles == null;
  }

  /** True when some file describes the host's PCI functions: lspci, esxcli output, or a host folder or bundle. */
  boolean describesFunctions() {
    return !lspci.isEmpty() || pciList != null || hostFiles != null;
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
    if (hostFiles != null) {
      ws.hostFiles(hostFiles);
    }
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
