package dev.vmdp.console;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.report.PlanFormat;
import dev.vmdp.report.PlanRenderer;
import dev.vmdp.report.RenderContext;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.reset.Plan;
import dev.vmdp.rules.reset.Planner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vmdp plan}: the reset method of every function, the groups that must go to one owner,
 * and, with {@code --assign}, what a wanted assignment takes.
 */
@Command(addMethodSubcommands = false, name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Reset method per function, co-assignment groups, and what an assignment of functions to VMs takes.")
final class PlanSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HostFilesOption host;

  @Option(names = "--assign", paramLabel = "VM=ADDR[,ADDR...]",
      description = "functions wanted by a VM, e.g. render=0000:01:00.0 (repeatable)")
  List<String> assign = new ArrayList<>();

  /** The plan's formats as the command line spells them (read in any case). */
  enum Format {
    /** For people. */
    text,
    /** One JSON object (DESIGN.md). */
    json,
    /** The plan's findings as SARIF 2.1.0. */
    sarif,
    /** The plan's findings as gcc-style lines. */
    gcc,
    /** A Graphviz picture of the PCI tree, the groups and the owners. */
    dot;

    PlanFormat plan() {
      return PlanFormat.valueOf(name().toUpperCase(Locale.ROOT));
    }
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json, dot (a Graphviz picture: | dot -Tsvg > plan.svg), or the plan's findings as "
          + "sarif or gcc")
  Format format = Format.text;

  @Option(names = "--all", description = "list every function, also those nobody passes through (host plumbing, "
      + "the uncore of CPU sockets)")
  boolean all;

  @Mixin
  FindingOptions findings;

  @Override
  public Integer call() {
    if (!host.describesFunctions()) {
      throw new ParameterException(spec.commandLine(), "vmdp plan needs the host's PCI functions: --lspci FILE, "
          + "--pci-list FILE (esxcli hardware pci list) or --host DIR|BUNDLE.tgz");
    }
    Main.Io io = Main.io(spec);
    Settings settings = findings.resolve(io, spec);
    Workspace ws = settings.applyTo(host.applyTo(Workspace.create(), spec.commandLine()), host.esxVersion != null);
    Plan wanted = Planner.plan(ws.host(), assignments());
    // Where views of the host disagree, or lspci -p gave current owners only, the report says so.
    List<String> notes = new ArrayList<>(wanted.report().assumptions());
    ws.notes().forEach(n -> notes.add(n.toString()));
    Plan plan = wanted.withReport(settings.apply(new Report(wanted.report().findings(), notes)));
    // JSON stays complete; the text and the picture leave out what nobody passes through unless --all.
    RenderContext context = RenderContext.builder().from(settings.context(ws.inputs(), format == Format.text))
        .allFunctions(all).build();
    io.out().print(PlanRenderer.render(plan, format.plan(), context));
    io.out().flush();
    return settings.exitCode(plan.report());
  }

  private Map<String, List<PciAddress>> assignments() {
    Map<String, List<PciAddress>> out = new LinkedHashMap<>();
    for (String a : assign) {
      int eq = a.indexOf('=');
      if (eq <= 0 || eq == a.length() - 1) {
        throw new ParameterException(spec.commandLine(), "--assign wants VM=ADDR[,ADDR...], was '" + a + "'");
      }
      List<PciAddress> addresses = out.computeIfAbsent(a.substring(0, eq), k -> new ArrayList<>());
      for (String s : a.substring(eq + 1).split(",", -1)) {
        if (s.isBlank()) {
          throw new ParameterException(spec.commandLine(), "--assign wants VM=ADDR[,ADDR...], was '" + a + "'");
        }
        addresses.add(PciAddress.parse(s));
      }
    }
    return out;
  }
}
