package dev.vmdp.report;

import dev.vmdp.rules.reset.Plan;
import java.util.Objects;

/**
 * Renders a reset {@link Plan} ({@code vmdp plan}): as text for people, as the JSON of the
 * command-line contract ({@code {"functions":[{"address","resetMethod","source"}],"groups":[{
 * "members","resetMethod","dependentBridge","reasons"}],"plan":{...},"findings":[...],
 * "summary":{...},"vmdp":{...},"inputs":[...]}}), as a Graphviz picture ({@link PlanFormat#DOT}), or
 * its findings as SARIF or gcc-style lines.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(host, Map.of("render", List.of(PciAddress.parse("01:00.0"))));
 * System.out.print(PlanRenderer.text(plan));
 * String json = PlanRenderer.render(plan, PlanFormat.JSON, context);
 * }</pre>
 */
public final class PlanRenderer {
  private PlanRenderer() {}

  /**
   * The plan in a format.
   *
   * @param plan the plan
   * @param format the format
   * @param context the inputs, colour and lowest severity of findings shown
   * @return the rendered plan, ending with a newline (gcc: unless there is no finding)
   */
  public static String render(Plan plan, PlanFormat format, RenderContext context) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(context, "context");
    return switch (Objects.requireNonNull(format, "format")) {
      case JSON -> PlanJson.render(plan, context) + "\n";
      case SARIF -> SarifReport.render(plan.report(), context);
      case GCC -> GccReport.render(plan.report(), context);
      case DOT -> PlanDot.render(plan.shown(context.allFunctions()));
      default -> PlanText.render(plan, context);
    };
  }

  /**
   * The plan as text: each function's reset and why, the groups of more than one function, the
   * assignment's plan, suggested map lines and the findings.
   *
   * @param plan the plan
   * @return the text, ending with a newline
   */
  public static String text(Plan plan) {
    return PlanText.render(plan, RenderContext.standard());
  }

  /**
   * The plan as a Graphviz graph: {@code vmdp plan --format dot | dot -Tsvg > plan.svg}.
   *
   * @param plan the plan
   * @return the DOT text, ending with a newline
   */
  public static String dot(Plan plan) {
    return PlanDot.render(plan);
  }

  /**
   * The plan as one JSON object, with no inputs (no trailing newline).
   *
   * @param plan the plan
   * @return the JSON text
   */
  public static String json(Plan plan) {
    return PlanJson.render(plan, RenderContext.standard());
  }
}
