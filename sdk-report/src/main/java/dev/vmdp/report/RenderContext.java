package dev.vmdp.report;

import dev.vmdp.model.Severity;
import dev.vmdp.model.VmdpStyle;
import dev.vmdp.rules.Finding;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a renderer needs beyond the value it renders: the files the check read (JSON's
 * {@code inputs}, the text summary's file count), whether the text may use colour, and the
 * lowest severity shown.
 *
 * <pre>{@code
 * RenderContext context = RenderContext.builder()
 *     .addInput("rhel3.vmx").addInput("lspci.txt")
 *     .color(true)                               // ANSI colours for the severity words
 *     .minimumSeverity(Severity.WARNING)         // leave out INFO findings
 *     .build();
 * String text = ReportRenderer.text(report, context);
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class RenderContext {

  /** The files the check read, as the user named them, in the order read; empty when not known. */
  public abstract List<String> inputs();

  /** Whether text output shows severities in colour (ANSI escape sequences); false by default. */
  @Value.Default
  public boolean color() {
    return false;
  }

  /** The lowest severity shown; findings below it are left out. {@link Severity#INFO} (all) by default. */
  @Value.Default
  public Severity minimumSeverity() {
    return Severity.INFO;
  }

  /**
   * Whether a plan lists every function, also those nobody passes through (host plumbing, the
   * uncore of CPU sockets: {@code vmdp plan --all}); false by default, and JSON always lists all.
   */
  @Value.Default
  public boolean allFunctions() {
    return false;
  }

  /**
   * Whether a finding is shown under {@link #minimumSeverity()}.
   *
   * @param finding a finding
   * @return true when its severity is the minimum or more serious
   */
  public boolean shows(Finding finding) {
    return finding.severity().compareTo(minimumSeverity()) <= 0;
  }

  /** The context that changes nothing: no inputs, no colour, every severity. */
  public static RenderContext standard() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RenderContext} values. */
  public static final class Builder extends ImmutableRenderContext.Builder {}
}
