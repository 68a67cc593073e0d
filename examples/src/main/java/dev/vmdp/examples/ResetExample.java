package dev.vmdp.examples;

import static dev.vmdp.dsl.Vmdp.check;
import static dev.vmdp.dsl.Vmdp.host;
import static dev.vmdp.dsl.Vmdp.vm;

import dev.vmdp.dsl.HostBuilder;
import dev.vmdp.dsl.VmBuilder;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.reset.CoAssignmentGroup;
import dev.vmdp.rules.reset.EffectiveReset;
import dev.vmdp.rules.reset.Plan;
import dev.vmdp.rules.reset.Planner;
import dev.vmdp.rules.reset.ResetAnalysis;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example 6: reset dependencies. Before a function goes to a VM, and when it comes back, ESX resets
 * it; when the only reset also hits other functions, those must go to the same owner. The host has
 * a dual-port QLogic 2532 (one device, not shareable: {@code 1077 2532 default false}) and an
 * NVIDIA GPU with its HDMI audio function (reset together with their root port:
 * {@code 10de ffff bridge false}). The example prints each function's reset and why, the
 * co-assignment groups and their reasons, and lets the {@link Planner} turn a wish ("the GPU to
 * cad01, one HBA port to db01") into a plan that gives each VM whole groups, then checks it.
 *
 * <pre>{@code
 * ResetExample.run(folder, System.out);
 * }</pre>
 */
public final class ResetExample {
  private ResetExample() {}

  /**
   * Runs the example on a temporary copy of its files, or on the folder given as the first
   * argument (holding {@code lspci.txt} and {@code passthru.map}).
   *
   * @param args an optional folder
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.copy("reset", "lspci.txt", "passthru.map");
    run(folder, System.out);
  }

  /**
   * Analyses the host, prints the groups and the plan, and checks the plan.
   *
   * @param folder the folder with the host's files
   * @param out where the example prints
   * @return the plan: VM name to the functions it gets
   */
  public static Map<String, List<PciAddress>> run(Path folder, PrintStream out) {
    // tag::analysis[]
    // today: passthrough on the GPU and on port 1 of the HBA; the VMkernel uses the other two
    Host esx = esx01(folder).passthroughEnabled("0000:01:00.0", "0000:04:00.0")
        .vmkernel("0000:01:00.1", "0000:04:00.1").build();

    ResetAnalysis analysis = ResetAnalysis.of(esx);
    for (EffectiveReset r : analysis.methods().values()) {
      out.println(r.address() + " reset " + r.methodName() + " (" + r.source() + ")");
    }
    for (CoAssignmentGroup g : analysis.sharedGroups()) {
      out.println("group " + g.members() + g.dependentBridge().map(b -> " below " + b).orElse(""));
      g.reasons().forEach(reason -> out.println("  because " + reason));
    }
    // end::analysis[]

    // tag::plan[]
    Map<String, List<PciAddress>> wish = new LinkedHashMap<>();
    wish.put("cad01", List.of(PciAddress.parse("0000:01:00.0")));   // the GPU
    wish.put("db01", List.of(PciAddress.parse("0000:04:00.0")));    // one HBA port
    Plan plan = Planner.plan(esx, wish);
    out.println("the wish: " + plan.report());
    plan.report().errors().forEach(f -> out.println("  " + f.ruleId() + " " + f.message()));

    // the plan: every VM gets whole groups, and the VMkernel gives up what they hold
    Map<String, List<PciAddress>> planned = new LinkedHashMap<>();
    for (Plan.VmPlan v : plan.vms()) {
      List<PciAddress> functions = new ArrayList<>(v.wanted());
      functions.addAll(v.extra().keySet());
      planned.put(v.vm(), functions);
      out.println("plan: " + v.vm() + " gets " + functions);
      v.extra().forEach((f, why) -> out.println("  + " + f + ": " + why));
      v.fromVmkernel().forEach(f -> out.println("  ! " + f + " leaves the VMkernel: enable passthrough, reboot the host"));
    }
    Host after = esx01(folder).passthroughEnabled(planned.values().stream().flatMap(List::stream)
        .map(PciAddress::toString).toArray(String[]::new)).build();
    Report report = check(after, vms(after, planned));
    out.println("the plan: " + report);
    // end::plan[]
    return planned;
  }

  /** The host from its files, without passthrough states yet. */
  static HostBuilder esx01(Path folder) {
    return host("esx01").version("6.7").intelVtd().iommuVerified().uuid("4a7c8e1f-0b3d-5e6f-9a2b-3c4d5e6f7a8b")
        .lspci(folder.resolve("lspci.txt"))
        .map(folder.resolve("passthru.map"));
  }

  // tag::vms[]
  /** One VM per name, with the functions passed through. */
  static List<VirtualMachine> vms(Host esx, Map<String, List<PciAddress>> assignment) {
    List<VirtualMachine> vms = new ArrayList<>();
    assignment.forEach((vmName, functions) -> {
      VmBuilder b = vm(vmName).guest("rhel7-64").hardwareVersion(14).memoryMb(4096).reserveAllMemory().on(esx);
      functions.forEach(f -> b.passthrough(esx.device(f)));
      vms.add(b.build());
    });
    return vms;
  }
  // end::vms[]
}
