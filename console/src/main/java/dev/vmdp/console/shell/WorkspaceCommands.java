package dev.vmdp.console.shell;

import dev.vmdp.dsl.AppliedFix;
import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.host.HostFile;
import dev.vmdp.io.host.HostFileKind;
import dev.vmdp.io.SafeWriter;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.report.Printable;
import dev.vmdp.report.RenderContext;
import dev.vmdp.report.ReportRenderer;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The console's file commands, sharing one {@link Workspace} per session: {@code /open},
 * {@code /check}, {@code /fix}, {@code /diff}, {@code /save}, {@code /undo}. The workspace is
 * bound to the variable {@code ws}; each opened .vmx to a variable named after its file, holding
 * its current {@link VmxDocument} (rebound after every fix and undo).
 */
final class WorkspaceCommands {
  private Workspace workspace;
  private final Map<String, String> variables = new LinkedHashMap<>();

  private WorkspaceCommands() {}

  /** The six commands, sharing one workspace. */
  static List<ConsoleCommand> create() {
    WorkspaceCommands shared = new WorkspaceCommands();
    return List.of(
        shared.command("/open", "/open FILE", "open a .vmx, a host file (lspci, lspci -p, esxcli, esx.conf, passthru.map, "
            + "module list, logs), a folder of them or a vm-support bundle; each recognised by its content",
            shared::open, true),
        shared.command("/check", "/check", "check the open files; findings grouped by subject, with rule IDs",
            (args, ctx) -> shared.check(ctx), false),
        shared.command("/fix", "/fix [RULE-ID]", "apply every available fix (or those of one rule) and show the diff",
            shared::fix, false),
        shared.command("/diff", "/diff", "show what /save would write, as a unified diff",
            (args, ctx) -> shared.diff(ctx), false),
        shared.command("/save", "/save", "save the changed files safely (atomic, FILE.bak kept)",
            (args, ctx) -> shared.save(ctx), false),
        shared.command("/undo", "/undo", "take back the last fix", (args, ctx) -> shared.undo(ctx), false));
  }

  private interface Action {
    void run(String arguments, ConsoleContext context);
  }

  private ConsoleCommand command(String name, String usage, String summary, Action action, boolean files) {
    boolean guardsExit = name.equals("/save");
    return new ConsoleCommand() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String usage() {
        return usage;
      }

      @Override
      public String summary() {
        return summary;
      }

      @Override
      public void run(String arguments, ConsoleContext context) {
        action.run(arguments, context);
      }

      @Override
      public List<String> complete(String partial, ConsoleContext context) {
        return files ? FileNames.complete(partial, context) : List.of();
      }

      @Override
      public Optional<String> unsavedWork() {
        // One command of the six speaks for their shared workspace.
        if (!guardsExit || workspace == null || workspace.changedFiles().isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(Printable.of(String.join(", ", workspace.changedFiles())));
      }
    };
  }

  private Workspace workspace(ConsoleContext ctx) {
    if (workspace == null) {
      workspace = Workspace.create();
      ctx.define("ws", "dev.vmdp.dsl.Workspace", workspace);
    }
    return workspace;
  }

  private Workspace opened() {
    if (workspace == null) {
      throw new VmdpException("nothing is open: /open FILE first");
    }
    return workspace;
  }

  private void open(String arguments, ConsoleContext ctx) {
    if (arguments.isBlank()) {
      throw new VmdpException("/open needs a file: /open FILE");
    }
    Path path = ctx.resolve(arguments.strip());
    Workspace ws = workspace(ctx);
    PrintWriter out = ctx.out();
    List<VirtualMachine> before = ws.vms();
    int filesBefore = ws.hostFilesRead().size();
    // Every file is recognised by its content, by the one host assembler: a .vmx, a host file of any
    // kind, a folder of them, or a vm-support bundle. A file named .vmx whose content shows nothing
    // is opened as a .vmx all the same, whose lossless reader keeps and reports what it cannot read.
    if (Files.isRegularFile(path) && path.toString().toLowerCase(Locale.ROOT).endsWith(".vmx")
        && HostFileKind.recognise(head(path)).isEmpty()) {
      ws.vmx(path);
    } else {
      ws.hostFiles(path);
    }
    List<HostFile> read = ws.hostFilesRead().subList(filesBefore, ws.hostFilesRead().size());
    if (read.isEmpty() && ws.vms().size() == before.size()) {
      throw new VmdpException(path + ": nothing vmdp reads there (no .vmx, no host file)");
    }
    for (HostFile f : read) {
      if (f.kind() != HostFileKind.VMX) {
        out.println(f.name() + ": " + f.kind().description());
      }
    }
    for (VirtualMachine vm : ws.vms()) {
      if (!before.contains(vm)) {
        String file = vm.file().orElse(vm.name());
        String variable = variableFor(file);
        variables.put(variable, file);
        ctx.define(variable, "dev.vmdp.io.vmx.VmxDocument", ws.document(file));
        out.println(vm.name() + ": virtualHW " + vm.hardwareVersion().orElse(0) + ", " + vm.memoryMb().orElse(0)
            + " MB, " + vm.presentPassthroughDevices().size() + " passthrough device(s) -> variable " + variable);
      }
    }
    if (read.stream().anyMatch(f -> f.kind().describesTheHost())) {
      out.println("host " + ws.host().name() + ": " + ws.host().topology().size() + " PCI functions known");
    }
    out.println("(the workspace is the variable ws; /check to check)");
  }

  /** The first bytes of a file, to recognise it by. */
  private static byte[] head(Path path) {
    try (java.io.InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(64 * 1024);
    } catch (java.io.IOException e) {
      return new byte[0];
    }
  }

  private static String variableFor(String vmxFile) {
    Path p = Path.of(vmxFile).getFileName();
    String file = p == null ? vmxFile : p.toString();
    String base = file.replaceAll("(?i)\\.vmx$", "").replaceAll("[^A-Za-z0-9_]", "_");
    if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
      base = "vm_" + base;
    }
    return SourceVersion.isKeyword(base) ? base + "_" : base;
  }

  private void check(ConsoleContext ctx) {
    Workspace ws = opened();
    Report report = ws.check();
    ctx.out().print(ReportRenderer.text(report, RenderContext.builder().inputs(ws.inputs()).build()));
  }

  private void fix(String arguments, ConsoleContext ctx) {
    Workspace ws = opened();
    String rule = arguments.strip();
    List<AppliedFix> applied = ws.applyAll(f -> rule.isEmpty() || f.ruleId().equalsIgnoreCase(rule));
    if (applied.isEmpty()) {
      ctx.out().println(rule.isEmpty() ? "no fix to apply" : "no fix to apply for " + rule);
      return;
    }
    applied.forEach(a -> ctx.out().println("fixed " + Printable.of(a.toString())));
    rebind(ctx);
    ctx.out().print(ws.diff());
  }

  private void diff(ConsoleContext ctx) {
    String diff = opened().diff();
    ctx.out().print(diff.isEmpty() ? "no changes\n" : diff);
  }

  private void save(ConsoleContext ctx) {
    List<Path> saved = opened().save();
    if (saved.isEmpty()) {
      ctx.out().println("nothing to save");
    }
    for (Path p : saved) {
      ctx.out().println(Printable.of("saved " + p + " (previous version in " + SafeWriter.backupOf(p) + ")"));
    }
  }

  private void undo(ConsoleContext ctx) {
    Workspace ws = opened();
    Optional<Fix> last = ws.lastApplied();
    if (!ws.undo()) {
      ctx.out().println("nothing to undo");
      return;
    }
    rebind(ctx);
    Fix fix = last.orElseThrow();
    ctx.out().println(Printable.of("undone: " + fix.description() + fix.file().map(f -> " (" + f + ")").orElse("")));
  }

  private void rebind(ConsoleContext ctx) {
    variables.forEach((variable, vm) -> ctx.define(variable, "dev.vmdp.io.vmx.VmxDocument", workspace.document(vm)));
  }
}
