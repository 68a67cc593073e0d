package dev.vmdp.console;

import dev.vmdp.dsl.GuideSample;
import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.VmdpException;
import dev.vmdp.rules.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vmdp check [OPTIONS] [VMX...]}: checks VMs against a host. With no VMX and no host input it
 * checks the built-in example from the guide and says so.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check VMs against a host; a VMX argument may be a folder (every *.vmx below it).",
        "With no VMX and no host input: the built-in example from VMware's VMDirectPath guide."})
final class CheckSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "VMX", arity = "0..*", description = ".vmx files or folders")
  List<Path> vmx = new ArrayList<>();

  @Option(names = "--lspci", paramLabel = "FILE", description = "lspci -n, -nn, -vvv or -nnvvv output (with or without -D)")
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

  @Option(names = "--inventory", paramLabel = "FILE", description = "YAML inventory of hosts, VMs and their files (docs/inventory.md)")
  Path inventory;

  @Option(names = "--fix", description = "apply every available fix, print the diff, save safely")
  boolean fix;

  @Mixin
  FormatOption format;

  @Override
  public Integer call() {
    Main.Io io = Main.io(spec);
    boolean example = vmx.isEmpty() && lspci.isEmpty() && pciList == null && map == null && esxConf == null
        && modules == null && esxVersion == null && inventory == null;
    Workspace ws;
    if (example) {
      PrintStream note = format.format == FormatOption.Format.json ? io.err() : io.out();
      note.println("No files given: checking the built-in example, the sample VM (RHEL3) and ESX 4.0 host of "
          + "VMware's VMDirectPath guide.");
      ws = GuideSample.workspace();
    } else {
      ws = Workspace.create();
      vmx.forEach(ws::vmx);
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
          throw new ParameterException(spec.commandLine(), "invalid value for option '--esx': " + e.getMessage());
        }
      }
      if (inventory != null) {
        ws.inventory(inventory);
      }
    }
    if (fix) {
      int applied = ws.applyAll();
      PrintStream log = format.format == FormatOption.Format.json ? io.err() : io.out();
      if (applied == 0) {
        log.println("No fix to apply.");
      } else {
        log.print(ws.diff());
        if (example) {
          log.println(applied + " fix(es) applied to the built-in example (not saved: it is not a file).");
        } else {
          List<Path> saved = ws.save();
          log.println(applied + " fix(es) applied; saved " + saved.size() + " file(s) (previous versions in FILE.bak).");
        }
      }
    }
    Report report = ws.check();
    return format.print(report, io.out());
  }
}
