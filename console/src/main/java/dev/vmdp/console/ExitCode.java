package dev.vmdp.console;

/** The exit codes of {@code vmdp} (DESIGN.md, "The vmdp program"). */
public final class ExitCode {
  /** Success, and no ERROR finding. */
  public static final int OK = 0;
  /** At least one ERROR finding, a failing script snippet, or {@code vmx get} of an absent key. */
  public static final int FINDINGS = 1;
  /** Bad usage, input that cannot be read or parsed, or not enough memory for the input. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
