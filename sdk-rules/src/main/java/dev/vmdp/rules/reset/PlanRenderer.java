package dev.vmdp.rules.reset;

import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.render.Json;
import dev.vmdp.rules.render.ReportRenderer;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Plan} for people, or as the JSON of {@code vmdp plan --format json}
 * (DESIGN.md): {@code {"functions":[{"address","resetMethod","source"}],"groups":[{"members",
 * "resetMethod","dependentBridge","reasons"}],"plan":{...},"findings":[...],"summary":{...}}}.
 */
public final class PlanRenderer {
  private PlanRenderer() {}

  /**
   * The plan as text: each function's reset and why, the groups of more than one function, the
   * assignment's plan, suggested map lines and the findings.
   *
   * @param plan the plan
   * @return the text, ending with a newline
   */
  public static String text(Plan plan) {
    StringBuilder b = new StringBuilder("Reset method of each function\n");
    for (EffectiveReset r : plan.analysis().methods().values()) {
      b.append(String.format(Locale.ROOT, "  %s  %-7s %s%n", r.address(), r.methodName(), r.source()));
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
    if (!plan.report().findings().isEmpty()) {
      b.append('\n').append(ReportRenderer.text(plan.report()));
    } else {
      b.append('\n').append(ReportRenderer.summary(plan.report())).append('\n');
    }
    return b.toString();
  }

  /**
   * The plan as one JSON object.
   *
   * @param plan the plan
   * @return the JSON text
   */
  public static String json(Plan plan) {
    Json j = new Json().beginObject();
    j.name("functions").beginArray();
    for (EffectiveReset r : plan.analysis().methods().values()) {
      j.beginObject().name("address").value(r.address().toString()).name("resetMethod").value(r.methodName())
          .name("source").value(r.source()).endObject();
    }
    j.endArray();
    j.name("groups").beginArray();
    for (CoAssignmentGroup g : plan.analysis().sharedGroups()) {
      j.beginObject().name("members").beginArray();
      g.members().forEach(m -> j.value(m.toString()));
      j.endArray();
      j.name("resetMethod").value(g.resetMethod().map(m -> m.token()).orElse(null));
      j.name("dependentBridge").value(g.dependentBridge().map(Object::toString).orElse(null));
      j.name("reasons").beginArray();
      g.reasons().forEach(j::value);
      j.endArray().endObject();
    }
    j.endArray();
    j.name("plan").beginObject().name("vms").beginArray();
    for (Plan.VmPlan v : plan.vms()) {
      j.beginObject().name("vm").value(v.vm()).name("wanted").beginArray();
      v.wanted().forEach(a -> j.value(a.toString()));
      j.endArray().name("extra").beginArray();
      for (Map.Entry<PciAddress, String> e : v.extra().entrySet()) {
        j.beginObject().name("address").value(e.getKey().toString()).name("reason").value(e.getValue()).endObject();
      }
      j.endArray().name("fromVmkernel").beginArray();
      v.fromVmkernel().forEach(a -> j.value(a.toString()));
      j.endArray().name("noReset").beginArray();
      v.noReset().forEach(a -> j.value(a.toString()));
      j.endArray().endObject();
    }
    j.endArray().name("conflicts").beginArray();
    plan.conflicts().forEach(j::value);
    j.endArray().name("suggestedMapLines").beginArray();
    for (Map.Entry<PassthruMapEntry, String> e : plan.suggestions().entrySet()) {
      j.beginObject().name("line").value(e.getKey().toLine()).name("reason").value(e.getValue()).endObject();
    }
    j.endArray().name("feasible").value(plan.feasible()).endObject();
    j.name("findings").beginArray();
    for (Finding f : plan.report().findings()) {
      ReportRenderer.finding(j, f);
    }
    j.endArray();
    j.name("summary").beginObject()
        .name("errors").value(plan.report().errors().size())
        .name("warnings").value(plan.report().warnings().size())
        .name("infos").value(plan.report().infos().size())
        .endObject();
    return j.endObject().toString();
  }
}
