package dev.vmdp.console.shell;

import dev.vmdp.dsl.AppliedFix;
import dev.vmdp.dsl.Workspace;
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
import java.util.ArrayList;
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
        shared.command("/open", "/open FILE", "open a .vmx (or folder), passthru.map, esx.conf, lspci or esxcli output, or module list",
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
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (Files.isDirectory(path) || lower.endsWith(".vmx")) {
      List<VirtualMachine> before = ws.vms();
      ws.vmx(path);
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
    } else if (lower.equals("passthru.map") || lower.endsWith(".map")) {
      ws.map(path);
      out.println(name + ": passthru.map, " + ws.host().passthruMap().entries().size() + " entries");
    } else if (lower.equals("esx.conf") || lower.endsWith(".conf")) {
      ws.esxConf(path);
      out.println(name + ": esx.conf, host UUID " + ws.host().systemUuid().orElse("(none)"));
    } else {
      openHostOutput(path, name, ws, out);
    }
    out.println("(the workspace is the variable ws; /check to check)");
  }

  private static void openHostOutput(Path path, String name, Workspace ws, PrintWriter out) {
    List<String> tried = new ArrayList<>();
    try {
      ws.lspci(path);
      out.println(name + ": lspci output, " + ws.host().topology().size() + " PCI functions known");
      return;
    } catch (VmdpException e) {
      tried.add("lspci (" + e.detail() + ")");
    }
    try {
      ws.esxcli(path);
      out.println(name + ": esxcli hardware pci list output");
      return;
    } catch (VmdpException e) {
      tried.add("esxcli (" + e.detail() + ")");
    }
    if (dev.vmdp.io.esx.ModuleList.read(path).names().isEmpty()) {
      throw new VmdpException(path + ": not a file vmdp knows: tried .vmx, passthru.map, esx.conf (by name), "
          + String.join(", ", tried) + " and a module list (no module names)");
    }
    ws.modules(path);
    out.println(name + ": module list, " + ws.host().loadedModules().map(m -> m.size()).orElse(0) + " modules");
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
