package dev.vmdp.console;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.report.PlanRenderer;
import dev.vmdp.rules.reset.Plan;
import dev.vmdp.rules.reset.Planner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Reset method per function, co-assignment groups, and what an assignment of functions to VMs takes.")
final class PlanSubcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HostFilesOption host;

  @Option(names = "--assign", paramLabel = "VM=ADDR[,ADDR...]",
      description = "functions wanted by a VM, e.g. render=0000:01:00.0 (repeatable)")
  List<String> assign = new ArrayList<>();

  @Mixin
  FormatOption format;

  @Override
  public Integer call() {
    if (host.lspci.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "vmdp plan needs the host's lspci output: --lspci FILE");
    }
    Workspace ws = host.applyTo(Workspace.create(), spec.commandLine());
    Plan plan = Planner.plan(ws.host(), assignments());
    Main.Io io = Main.io(spec);
    if (format.format == FormatOption.Format.json) {
      io.out().println(PlanRenderer.json(plan));
    } else {
      io.out().print(PlanRenderer.text(plan));
    }
    return plan.report().hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private Map<String, List<PciAddress>> assignments() {
    Map<String, List<PciAddress>> out = new LinkedHashMap<>();
    for (String a : assign) {
      int eq = a.indexOf('=');
      if (eq <= 0 || eq == a.length() - 1) {
        throw new ParameterException(spec.commandLine(), "--assign wants VM=ADDR[,ADDR...], was '" + a + "'");
      }
      List<PciAddress> addresses = out.computeIfAbsent(a.substring(0, eq), k -> new ArrayList<>());
      for (String s : a.substring(eq + 1).split(",")) {
        addresses.add(PciAddress.parse(s));
      }
    }
    return out;
  }
}
