package dev.vmdp.console;

import dev.vmdp.dsl.AppliedFix;
import dev.vmdp.dsl.FleetCheck;
import dev.vmdp.dsl.GuideSample;
import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.SafeWriter;
import dev.vmdp.io.yaml.InventoryOptions;
import dev.vmdp.model.VmdpException;
import dev.vmdp.report.Printable;
import dev.vmdp.report.ReportWriter;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.catalogue.RuleCatalogue;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vmdp check [OPTIONS] [VMX...]}: checks VMs against a host. With no VMX and no host input it
 * checks the built-in example from the guide and says so. A VMX {@code -} is read from standard
 * input; with {@code --fix} the fixed file is written to standard output and everything else to
 * standard error.
 */
@Command(addMethodSubcommands = false, name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Check VMs against a host; a VMX argument may be a folder (every *.vmx below it), or - for standard input.",
        "With no VMX and no host input: the built-in example from VMware's VMDirectPath guide."})
final class CheckSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "VMX", arity = "0..*", description = ".vmx files or folders; - reads one .vmx from standard input")
  List<Path> vmx = new ArrayList<>();

  @Mixin
  HostFilesOption host;

  @Option(names = "--inventory", paramLabel = "FILE",
      description = "YAML inventory of hosts, VMs and their files (docs/inventory.md)")
  Path inventory;

  @Option(names = "--confine-inventory", description = "refuse every file the inventory names outside its folder "
      + "(for inventories that are not trusted, e.g. from a pull request)")
  boolean confineInventory;

  @Option(names = "--fix", arity = "0..1", paramLabel = "ID[,ID...]", preprocessor = FixValue.class,
      description = "apply every available fix (--fix=ID,... only those rules' fixes), print the diff, save safely")
  String fix;

  @Option(names = "--dry-run", description = "with --fix: print the diff and write nothing")
  boolean dryRun;

  /** {@code --force} and {@code --no-backup}, as {@code vmx set} has them; with {@code --fix} only. */
  @Mixin
  VmxSubcommand.SaveFlags save;

  @Mixin
  ReportFormatOption format;

  @Mixin
  FindingOptions findings;

  /** {@code --fix} alone takes no value, so {@code --fix rhel3.vmx} fixes rhel3.vmx; only {@code --fix=IDS} names rules. */
  static final class FixValue implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
      // picocli says how the option met its value: "=" when attached (--fix=VMDP305), " " when not.
      if (!commandSpec.parser().separator().equals(info.get("separator"))) {
        argSpec.setValue("");
        return true;
      }
      return false;
    }
  }

  @Override
  public Integer call() {
    Main.Io io = Main.io(spec);
    if (confineInventory && inventory == null) {
      throw new ParameterException(spec.commandLine(), "--confine-inventory goes with --inventory");
    }
    if (fix == null && (dryRun || save.force || save.noBackup)) {
      throw new ParameterException(spec.commandLine(),
          (dryRun ? "--dry-run" : save.force ? "--force" : "--no-backup") + " goes with --fix");
    }
    Settings settings = findings.resolve(io, spec);
    long dashes = vmx.stream().filter(p -> p.toString().equals(StandardInput.DASH)).count();
    if (dashes > 1) {
      throw new ParameterException(spec.commandLine(), "- (standard input) may be given once");
    }
    boolean stdin = dashes == 1;
    if (stdin && fix != null && (vmx.size() > 1 || inventory != null)) {
      throw new ParameterException(spec.commandLine(), "--fix with - writes the fixed file to standard output: "
          + "give no other VMX (or inventory) with it");
    }
    boolean example = vmx.isEmpty() && host.none() && inventory == null;
    // With --fix and -, standard output carries the fixed file and nothing else.
    PrintStream talk = format.forPrograms() || (stdin && fix != null) ? io.err() : io.out();
    PrintStream reportOut = stdin && fix != null ? io.err() : io.out();
    Workspace ws;
    if (example) {
      talk.println("No files given: checking the built-in example, the sample VM (RHEL3) and ESX 4.0 host of "
          + "VMware's VMDirectPath guide (the .vmx " + GuideSample.PROVENANCE + ").");
      ws = GuideSample.workspace().policy(settings.policy()).knowledge(settings.knowledge());
    } else {
      ws = Workspace.create();
      host.applyTo(ws, spec.commandLine());
      settings.applyTo(ws, host.esxVersion != null);
      if (!stdin && inventory == null && !vmx.isEmpty() && ws.vms().isEmpty()) {
        // Files and folders of .vmx against one host: streamed, file by file, on every core.
        return stream(ws.fleet(), settings, io, talk);
      }
      for (Path p : vmx) {
        if (p.toString().equals(StandardInput.DASH)) {
          ws.vmx(StandardInput.NAME, StandardInput.read(io.in()));
        } else {
          ws.vmx(p);
        }
      }
      if (inventory != null) {
        ws.inventory(inventory, InventoryOptions.defaults().withConfined(confineInventory));
      }
    }
    if (fix != null) {
      fix(ws, io, talk, example, stdin);
    }
    Report report = ws.check();
    return format.print(report, settings, ws.inputs(), reportOut);
  }

  /**
   * The check of .vmx files and folders against one host, streamed: each file's findings are
   * written as soon as it and the files before it are checked (and fixed, and saved), then the
   * findings over every VM. A file that cannot be read or saved is one line on standard error, the
   * others are checked all the same, and the exit code is then 2.
   */
  private int stream(FleetCheck fleet, Settings settings, Main.Io io, PrintStream talk) {
    if (fix != null) {
      fleet.fix(selected()).dryRun(dryRun).saveOptions(save.options());
    }
    ReportWriter out = ReportWriter.open(format.format.report(),
        settings.context(List.of(), !format.forPrograms()), new PrintStreamWriter(io.out()));
    int[] fixed = {0};
    List<Path> saved = new ArrayList<>();
    FleetCheck.Summary s = fleet.run(vmx, r -> {
      r.error().ifPresent(e -> {
        io.out().flush();
        io.err().println(Printable.of(e.getMessage()));
        io.err().flush();
      });
      fixed[0] += r.applied().size();
      printFixes(r.applied(), r.diff(), talk);
      if (r.saved()) {
        saved.add(r.path());
        printSaved(r.path(), talk);
      }
      out.write(r.report());
    });
    fixed[0] += s.applied().size();
    printFixes(s.applied(), s.diff(), talk);
    s.saved().forEach(p -> printSaved(p, talk));
    saved.addAll(s.saved());
    for (VmdpException e : s.errors()) {
      io.out().flush();
      io.err().println(Printable.of(e.getMessage()));
    }
    io.err().flush();
    out.write(s.allVms());
    if (fix != null) {
      if (fixed[0] == 0) {
        talk.println(fix.isEmpty() ? "No fix to apply." : "No fix to apply for " + fix + ".");
      } else if (dryRun) {
        talk.println(fixed[0] + " fix(es) would be applied; nothing written (--dry-run).");
      } else {
        talk.println(fixed[0] + " fix(es) applied; saved " + saved.size() + " file(s).");
      }
      talk.flush();
    }
    out.finish(s.inputs());
    return s.failed() ? ExitCode.USAGE : settings.exitCode(out);
  }

  private void printFixes(List<AppliedFix> applied, String diff, PrintStream talk) {
    applied.forEach(a -> talk.println((dryRun ? "would fix " : "fixed ") + Printable.of(a.toString())));
    if (!diff.isEmpty()) {
      talk.print(Printable.lines(diff));
    }
  }

  private void printSaved(Path p, PrintStream talk) {
    talk.println(Printable.of("  saved " + p + (save.noBackup ? " (no backup kept)"
        : " (previous version in " + SafeWriter.backupOf(p) + ")")));
  }

  private void fix(Workspace ws, Main.Io io, PrintStream talk, boolean example, boolean stdin) {
    Predicate<Finding> which = selected();
    if (stdin) {
      // Only the file that goes back out is fixed; nothing is saved.
      which = which.and(f -> f.fixes().stream().allMatch(x -> x.file().filter(StandardInput.NAME::equals).isPresent()));
    }
    List<AppliedFix> applied = ws.applyAll(which);
    if (applied.isEmpty()) {
      talk.println(fix.isEmpty() ? "No fix to apply." : "No fix to apply for " + fix + ".");
    } else {
      printFixes(applied, ws.diff(), talk);
    }
    if (stdin && !dryRun) {
      // The fixed file (unchanged when there was nothing to fix), exactly as it would be saved.
      byte[] fixed = ws.document(StandardInput.NAME).toBytes();
      io.out().write(fixed, 0, fixed.length);
      io.out().flush();
    }
    if (applied.isEmpty()) {
      return;
    }
    if (dryRun) {
      talk.println(applied.size() + " fix(es) would be applied; nothing written (--dry-run).");
    } else if (stdin) {
      talk.println(applied.size() + " fix(es) applied; the fixed file went to standard output.");
    } else if (example) {
      talk.println(applied.size() + " fix(es) applied to the built-in example (not saved: it is not a file).");
    } else if (ws.fromArchive()) {
      talk.println(applied.size() + " fix(es) applied in memory, not saved: " + host.hostFiles + " is a vm-support "
          + "bundle, which vmdp does not write; extract it and give the folder (--host DIR) to save the fixes.");
    } else {
      List<Path> saved = ws.save(save.options());
      talk.println(applied.size() + " fix(es) applied; saved " + saved.size() + " file(s).");
      saved.forEach(p -> printSaved(p, talk));
    }
  }

  /** The findings whose fixes to apply: all, or those of the rules {@code --fix=IDS} names. */
  private Predicate<Finding> selected() {
    if (fix.isBlank()) {
      return f -> true;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String id : fix.split(",", -1)) {
      if (id.isBlank()) {
        throw new ParameterException(spec.commandLine(), "invalid value for option '--fix': '" + fix
            + "' has an empty rule ID (give VMDPnnn[,VMDPnnn...])");
      }
      ids.add(RuleCatalogue.standard().find(id.strip()).map(e -> e.id().toString()).orElseThrow(() ->
          new ParameterException(spec.commandLine(), "invalid value for option '--fix': unknown rule ID '" + id.strip()
              + "' (vmdp rules lists them)")));
    }
    return f -> ids.contains(f.ruleId());
  }
}
