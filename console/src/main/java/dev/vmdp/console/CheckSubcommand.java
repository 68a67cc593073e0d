package dev.vmdp.console;

import dev.vmdp.dsl.AppliedFix;
import dev.vmdp.dsl.GuideSample;
import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.VmdpException;
import dev.vmdp.rules.Report;
import dev.vmdp.report.Printable;
import dev.vmdp.report.ReportRenderer;
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

  @Mixin
  HostFilesOption host;

  @Option(names = "--inventory", paramLabel = "FILE", description = "YAML inventory of hosts, VMs and their files (docs/inventory.md)")
  Path inventory;

  @Option(names = "--fix", description = "apply every available fix, print the diff, save safely")
  boolean fix;

  @Mixin
  FormatOption format;

  @Override
  public Integer call() {
    Main.Io io = Main.io(spec);
    boolean example = vmx.isEmpty() && host.none() && inventory == null;
    Workspace ws;
    if (example) {
      PrintStream note = format.format == FormatOption.Format.json ? io.err() : io.out();
      note.println("No files given: checking the built-in example, the sample VM (RHEL3) and ESX 4.0 host of "
          + "VMware's VMDirectPath guide (the .vmx " + GuideSample.PROVENANCE + ").");
      ws = GuideSample.workspace();
    } else {
      ws = Workspace.create();
      vmx.forEach(ws::vmx);
      host.applyTo(ws, spec.commandLine());
      if (inventory != null) {
        ws.inventory(inventory);
      }
    }
    if (fix) {
      List<AppliedFix> fixes = ws.applyAll();
      int applied = fixes.size();
      PrintStream log = format.format == FormatOption.Format.json ? io.err() : io.out();
      fixes.forEach(a -> log.println("fixed " + Printable.of(a.toString())));
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
