package dev.vmdp.report;

import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.reset.CoAssignmentGroup;
import dev.vmdp.rules.reset.EffectiveReset;
import dev.vmdp.rules.reset.Plan;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** The JSON of {@code vmdp plan --format json} (DESIGN.md). */
final class PlanJson {
  private PlanJson() {}

  static String render(Plan plan, RenderContext context) {
    return JsonOutput.write(false, g -> {
      g.writeStartObject();
      g.writeArrayPropertyStart("functions");
      for (EffectiveReset r : plan.analysis().methods().values()) {
        g.writeStartObject();
        g.writeStringProperty("address", r.address().toString());
        g.writeStringProperty("resetMethod", r.methodName());
        g.writeStringProperty("source", r.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("groups");
      for (CoAssignmentGroup group : plan.analysis().sharedGroups()) {
        g.writeStartObject();
        addresses(g, "members", group.members());
        g.writeStringProperty("resetMethod", group.resetMethod().map(m -> m.token()).orElse(null));
        g.writeStringProperty("dependentBridge", group.dependentBridge().map(Object::toString).orElse(null));
        g.writeArrayPropertyStart("reasons");
        group.reasons().forEach(g::writeString);
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      vms(g, plan);
      List<Finding> shown = JsonReport.shown(plan.report(), context);
      JsonReport.findings(g, shown);
      JsonReport.summary(g, shown);
      JsonReport.tool(g, context.inputs());
      g.writeEndObject();
    });
  }

  private static void vms(JsonGenerator g, Plan plan) {
    g.writeObjectPropertyStart("plan");
    g.writeArrayPropertyStart("vms");
    for (Plan.VmPlan v : plan.vms()) {
      g.writeStartObject();
      g.writeStringProperty("vm", v.vm());
      addresses(g, "wanted", v.wanted());
      g.writeArrayPropertyStart("extra");
      for (Map.Entry<PciAddress, String> e : v.extra().entrySet()) {
        g.writeStartObject();
        g.writeStringProperty("address", e.getKey().toString());
        g.writeStringProperty("reason", e.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      addresses(g, "fromVmkernel", v.fromVmkernel());
      addresses(g, "noReset", v.noReset());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("conflicts");
    plan.conflicts().forEach(g::writeString);
    g.writeEndArray();
    g.writeArrayPropertyStart("suggestedMapLines");
    for (Map.Entry<PassthruMapEntry, String> e : plan.suggestions().entrySet()) {
      g.writeStartObject();
      g.writeStringProperty("line", e.getKey().toLine());
      g.writeStringProperty("reason", e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanProperty("feasible", plan.feasible());
    g.writeEndObject();
  }

  private static void addresses(JsonGenerator g, String name, List<PciAddress> addresses) {
    g.writeArrayPropertyStart(name);
    addresses.forEach(a -> g.writeString(a.toString()));
    g.writeEndArray();
  }
}
