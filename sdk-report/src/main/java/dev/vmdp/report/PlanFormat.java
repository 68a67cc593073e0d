package dev.vmdp.report;

/**
 * The forms a reset {@link dev.vmdp.rules.reset.Plan} is rendered in ({@code vmdp plan --format}):
 * the plan itself as text, JSON or a Graphviz picture (DOT), or its findings as SARIF or gcc-style
 * lines.
 *
 * <pre>{@code
 * String out = PlanRenderer.render(plan, PlanFormat.parse("json"), context);
 * }</pre>
 */
public enum PlanFormat {
  /** For people: each function's reset, the groups, the plan per VM, suggested map lines, findings. */
  TEXT,
  /** One JSON object: functions, groups, plan, findings, summary, tool and inputs. */
  JSON,
  /** The plan's findings as SARIF 2.1.0. */
  SARIF,
  /** The plan's findings as gcc-style lines. */
  GCC,
  /**
   * A Graphviz graph ({@code dot -Tsvg}): the PCI tree, the co-assignment groups as clusters with
   * their reset, the VMs and the VMkernel as owners, conflicts in red.
   */
  DOT;

  /**
   * The format with this name, ignoring case.
   *
   * @param name {@code text}, {@code json}, {@code sarif}, {@code gcc} or {@code dot}
   * @return the format
   * @throws dev.vmdp.model.VmdpException naming the formats when there is none of that name
   */
  public static PlanFormat parse(String name) {
    return FormatNames.parse(values(), name, "plan format");
  }

  /** The name as the command line spells it: {@code json}. */
  @Override
  public String toString() {
    return FormatNames.spelled(this);
  }
}
