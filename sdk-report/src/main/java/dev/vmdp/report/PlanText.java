package dev.vmdp.report;

import dev.vmdp.rules.reset.CoAssignmentGroup;
import dev.vmdp.rules.reset.EffectiveReset;
import dev.vmdp.rules.reset.Plan;
import dev.vmdp.rules.reset.PlannedFunction;
import dev.vmdp.rules.reset.ResetAnalysis;
import java.util.Locale;

/** The plan for people; what comes from files (map lines, reasons) has its control characters escaped. */
final class PlanText {
  private PlanText() {}

  static String render(Plan full, RenderContext context) {
    // The functions nobody passes through (platform functions no VM wants) are left out unless asked.
    Plan plan = full.shown(context.allFunctions());
    StringBuilder b = new StringBuilder("Reset method of each function\n");
    for (PlannedFunction f : plan.functions()) {
      EffectiveReset r = f.reset();
      b.append(String.format(Locale.ROOT, "  %s  %-7s %s", r.address(), r.methodName(), r.source()));
      f.name().ifPresent(n -> b.append("  [").append(n).append(']'));
      b.append('\n');
    }
    int hidden = context.allFunctions() ? 0 : full.hiddenByDefault().size();
    if (hidden > 0) {
      b.append("  (").append(hidden).append(" function").append(hidden == 1 ? "" : "s")
          .append(" nobody passes through, host plumbing and the uncore of CPU sockets, not listed: --all lists them)\n");
    }
    b.append("\nFunctions that must go to one owner\n");
    if (plan.analysis().sharedGroups().isEmpty()) {
      b.append("  none: every function can be assigned on its own\n");
    }
    for (CoAssignmentGroup g : plan.analysis().sharedGroups()) {
      b.append("  ").append(ResetAnalysis.names(g.members()));
      g.dependentBridge().ifPresent(d -> b.append("  (").append(g.resetMethod().map(m -> m.token()).orElse("shared"))
          .append(" reset of ").append(d).append(')'));
      b.append('\n');
      g.reasons().forEach(r -> b.append("    - ").append(r).append('\n'));
    }
    if (!plan.vms().isEmpty()) {
      b.append("\nPlan\n");
      for (Plan.VmPlan v : plan.vms()) {
        b.append("  vm ").append(v.vm()).append(": ").append(ResetAnalysis.names(v.wanted())).append('\n');
        v.extra().forEach((a, why) -> b.append("    + ").append(a).append(" must join it: ").append(why).append('\n'));
        v.fromVmkernel().forEach(a -> b.append("    ! ").append(a).append(" is used by the VMkernel: disable it there "
            + "(configure passthrough and reboot the host)\n"));
        v.noReset().forEach(a -> b.append("    x ").append(a).append(" cannot be reset: it cannot be passed through\n"));
      }
      plan.conflicts().forEach(c -> b.append("  conflict: ").append(c).append('\n'));
      b.append(plan.feasible() ? "  feasible as planned\n" : "  not feasible as planned: see above\n");
    }
    if (!plan.suggestions().isEmpty()) {
      b.append("\npassthru.map lines that would untangle a shared reset\n");
      plan.suggestions().forEach((line, why) -> b.append("  ").append(line.toLine()).append("    # ").append(why)
          .append('\n'));
    }
    // The findings are escaped (and coloured) by the report's own renderer.
    String findings;
    if (plan.report().findings().isEmpty()) {
      StringBuilder notes = new StringBuilder();
      plan.report().assumptions().forEach(a -> notes.append("note: ").append(Printable.of(a)).append('\n'));
      findings = notes + TextReport.summary(plan.report(), context) + "\n";
    } else {
      findings = TextReport.render(plan.report(), context);
    }
    return Printable.lines(b.toString()) + "\n" + findings;
  }
}
