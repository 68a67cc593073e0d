package dev.vmdp.report;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.rules.reset.CoAssignmentGroup;
import dev.vmdp.rules.reset.EffectiveReset;
import dev.vmdp.rules.reset.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan as a Graphviz picture ({@code vmdp plan --format dot | dot -Tsvg > plan.svg}): the PCI
 * tree from the host through its root ports and bridges down to the functions; every group of
 * functions that must go to one owner drawn as a cluster labelled with its reset method and the
 * bridge whose reset it shares (or as one device that is not shareable); the VMs of the assignment
 * and the VMkernel as owners, with an edge to each function they take (solid: asked for; dashed:
 * must join; dotted: the VMkernel's); in red
 * what stands in the way: a group wanted by two VMs, a function that cannot be reset, the edges of
 * the VMs that collide, and the VMkernel's hold on a function a VM takes.
 *
 * <p>Node names are the functions' addresses; labels carry the id, the name lspci gives (cut to
 * {@value #NAME_LENGTH} characters) and the reset method. Text from files is escaped for DOT and
 * its control characters made visible.
 */
final class PlanDot {
  /** How much of a device name a node shows. */
  static final int NAME_LENGTH = 40;
  static final String RED = "#c0392b";
  private static final String HOST = "host";
  private static final String VMKERNEL = "vmkernel";

  private PlanDot() {}

  static String render(Plan plan) {
    Host host = plan.analysis().host();
    StringBuilder b = new StringBuilder();
    b.append("digraph \"vmdp plan\" {\n")
        .append("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, labelloc=t, label=")
        .append(quote("vmdp plan: host " + host.name())).append("];\n")
        .append("  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\", fontsize=10];\n")
        .append("  edge [color=\"#7f8c8d\", arrowsize=0.7, fontname=\"Helvetica\", fontsize=9];\n");
    Set<PciAddress> conflicting = conflictingMembers(plan);
    Set<PciAddress> noReset = new LinkedHashSet<>();
    plan.vms().forEach(v -> noReset.addAll(v.noReset()));

    b.append("  ").append(quote(HOST)).append(" [shape=house, fillcolor=\"#ecf0f1\", label=")
        .append(quote("host " + host.name())).append("];\n");
    Map<PciAddress, CoAssignmentGroup> grouped = new LinkedHashMap<>();
    int index = 0;
    for (CoAssignmentGroup g : plan.analysis().sharedGroups()) {
      boolean red = g.members().stream().anyMatch(conflicting::contains);
      b.append("  subgraph ").append(quote("cluster_" + index++)).append(" {\n")
          .append("    label=").append(quote(groupLabel(g, red ? takers(plan, g) : List.of()))).append(";\n")
          .append("    style=\"rounded,dashed\"; color=").append(quote(red ? RED : "#2980b9"))
          .append("; fontcolor=").append(quote(red ? RED : "#2980b9")).append(";\n");
      for (PciAddress m : g.members()) {
        grouped.put(m, g);
        b.append("  ").append(node(plan, m, conflicting.contains(m) || noReset.contains(m)));
      }
      b.append("  }\n");
    }
    for (PciFunction f : host.topology().functions()) {
      if (!grouped.containsKey(f.address())) {
        b.append(node(plan, f.address(), noReset.contains(f.address())));
      }
    }
    for (PciFunction f : host.topology().functions()) {
      Optional<PciFunction> parent = host.topology().parentBridge(f.address());
      String from = parent.map(p -> p.address().toString()).orElse(HOST);
      b.append("  ").append(quote(from)).append(" -> ").append(quote(f.address().toString())).append(";\n");
    }
    owners(b, plan, conflicting);
    return b.append("}\n").toString();
  }

  /** The members of groups that more than one VM takes (asked for, or must join). */
  private static Set<PciAddress> conflictingMembers(Plan plan) {
    Set<PciAddress> out = new LinkedHashSet<>();
    for (CoAssignmentGroup g : plan.analysis().groups()) {
      if (takers(plan, g).size() > 1) {
        out.addAll(g.members());
      }
    }
    return out;
  }

  /** The VMs that take a member of the group. */
  private static List<String> takers(Plan plan, CoAssignmentGroup g) {
    return plan.vms().stream().filter(v -> g.members().stream().anyMatch(m -> takes(v, m))).map(Plan.VmPlan::vm)
        .toList();
  }

  private static boolean takes(Plan.VmPlan v, PciAddress a) {
    return v.wanted().contains(a) || v.extra().containsKey(a);
  }

  private static void owners(StringBuilder b, Plan plan, Set<PciAddress> conflicting) {
    Host host = plan.analysis().host();
    for (Plan.VmPlan v : plan.vms()) {
      String id = "vm " + v.vm();
      boolean red = v.wanted().stream().anyMatch(conflicting::contains) || !v.noReset().isEmpty();
      b.append("  ").append(quote(id)).append(" [shape=component, fillcolor=").append(quote(red ? "#fadbd8" : "#d6eaf8"))
          .append(red ? ", color=" + quote(RED) : "").append(", label=").append(quote("vm " + v.vm())).append("];\n");
      List<PciAddress> taken = new ArrayList<>(v.wanted());
      v.extra().keySet().stream().filter(a -> !taken.contains(a)).forEach(taken::add);
      for (PciAddress a : taken) {
        boolean edgeRed = conflicting.contains(a) || v.noReset().contains(a);
        b.append("  ").append(quote(id)).append(" -> ").append(quote(a.toString())).append(" [")
            .append(v.wanted().contains(a) ? "penwidth=2" : "style=dashed, label=\"must join\"")
            .append(", color=").append(quote(edgeRed ? RED : "#2471a3")).append("];\n");
      }
    }
    List<PciAddress> kernel = new ArrayList<>();
    for (PciFunction f : host.topology().functions()) {
      if (host.vmkernelOwned(f.address()).orElse(false)) {
        kernel.add(f.address());
      }
    }
    if (!kernel.isEmpty()) {
      b.append("  ").append(quote(VMKERNEL)).append(" [shape=component, fillcolor=\"#fdebd0\", label=\"VMkernel\"];\n");
      for (PciAddress a : kernel) {
        // A function a VM takes must leave the VMkernel first: drawn in red, as what stands in the way.
        boolean taken = plan.vms().stream().anyMatch(v -> takes(v, a));
        b.append("  ").append(quote(VMKERNEL)).append(" -> ").append(quote(a.toString()))
            .append(taken ? " [style=dotted, label=\"must give it up\", color=" + quote(RED) + "];\n"
                : " [style=dotted, color=\"#ca6f1e\"];\n");
      }
    }
  }

  /**
   * {@code one owner: bridge reset of 0000:00:01.0}, {@code one owner: one device, not shareable},
   * and, when VMs collide on it, {@code wanted by db01 and web}.
   */
  private static String groupLabel(CoAssignmentGroup g, List<String> conflict) {
    String why = g.sharedReset()
        ? g.resetMethod().map(m -> m.token()).orElse("shared") + " reset" + g.dependentBridge().map(d -> " of " + d).orElse("")
        : "one device, not shareable";
    String label = "one owner: " + why;
    if (!conflict.isEmpty()) {
      label += "\nwanted by " + String.join(" and ", conflict);
    }
    return label;
  }

  private static String node(Plan plan, PciAddress a, boolean red) {
    PciFunction f = plan.analysis().host().topology().function(a).orElseThrow();
    StringBuilder label = new StringBuilder(a.toString());
    f.id().ifPresent(id -> label.append('\n').append(id));
    f.name().ifPresent(n -> label.append('\n').append(n.length() > NAME_LENGTH ? n.substring(0, NAME_LENGTH - 3) + "..." : n));
    plan.analysis().method(a).map(EffectiveReset::methodName).ifPresent(m -> label.append("\nreset: ").append(m));
    StringBuilder b = new StringBuilder("  ").append(quote(a.toString())).append(" [label=").append(quote(label.toString()));
    if (f.isBridge()) {
      b.append(", fillcolor=\"#eaeded\"");
    }
    if (red) {
      b.append(", color=").append(quote(RED)).append(", penwidth=2");
    }
    return b.append("];\n").toString();
  }

  /** A DOT string: quotes and backslashes escaped, line feeds as {@code \n}, control characters made visible. */
  static String quote(String text) {
    StringBuilder b = new StringBuilder("\"");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      b.append(i == 0 ? "" : "\\n").append(Printable.of(lines[i]).replace("\\", "\\\\").replace("\"", "\\\""));
    }
    return b.append('"').toString();
  }
}
