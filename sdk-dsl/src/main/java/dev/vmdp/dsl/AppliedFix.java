package dev.vmdp.dsl;

import dev.vmdp.model.Edit;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import java.util.List;
import java.util.Objects;

/**
 * A fix that a {@link Workspace} applied: the finding it resolves, the fix, and the lines it
 * wrote ({@link Fix#edits()} of the resolved fix).
 *
 * <pre>{@code
 * for (AppliedFix a : ws.applyAll()) {
 *   System.out.println(a);   // VMDP305 vm RHEL3: set sched.mem.minsize = "512"
 * }
 * }</pre>
 *
 * @param finding the finding the fix came with
 * @param fix the fix, resolved against its file
 */
public record AppliedFix(Finding finding, Fix fix) {

  /**
   * An applied fix.
   *
   * @param finding the finding the fix came with
   * @param fix the fix, resolved against its file
   */
  public AppliedFix {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(fix, "fix");
  }

  /** The lines the fix wrote, in file order. */
  public List<Edit> edits() {
    return fix.edits();
  }

  /** Renders as {@code VMDP305 vm RHEL3: set sched.mem.minsize = "512"}. */
  @Override
  public String toString() {
    return finding.ruleId() + " " + finding.subject() + ": " + fix.description();
  }
}
