package dev.vmdp.testing;

/**
 * Edits of a test file's text by its lines, to make the case a test needs from a realistic
 * fixture: a {@code # BUG:} marker before an offending line, a line replaced, lines dropped. Lines
 * are found by how they start, so a test names a key ({@code "sched.mem.max ="}) rather than a
 * line number.
 *
 * <pre>{@code
 * String vmx = TestText.mark(TestText.without(ESXI7_GPU, "pciPassthru0.systemId"),
 *     "pciPassthru0.present", "VMDP310");
 * RuleTest.forRules("VMDP310").vmx("ml01.vmx", vmx).run().expectMarked();
 * }</pre>
 */
public final class TestText {
  private TestText() {}

  /**
   * The text with a {@code # BUG:} marker line before the first line that starts with {@code line}.
   *
   * @param text a file's text
   * @param line the start of the offending line, e.g. {@code "sched.mem.max ="}
   * @param ruleIds the rule IDs the marker announces, e.g. {@code "VMDP317"}
   * @return the marked text
   * @throws IllegalArgumentException when no line starts so
   */
  public static String mark(String text, String line, String... ruleIds) {
    int at = lineAt(text, line);
    return text.substring(0, at) + "# BUG: " + String.join(" ", ruleIds) + "\n" + text.substring(at);
  }

  /**
   * The text with the first line that starts with {@code line} replaced.
   *
   * @param text a file's text
   * @param line the start of the line to replace
   * @param replacement the new line (or lines, markers among them), without the final line terminator
   * @return the changed text
   * @throws IllegalArgumentException when no line starts so
   */
  public static String replaceLine(String text, String line, String replacement) {
    int at = lineAt(text, line);
    int end = text.indexOf('\n', at);
    return text.substring(0, at) + replacement + (end < 0 ? "" : text.substring(end));
  }

  /**
   * The text without the lines that start with {@code prefix}, every line ending with LF.
   *
   * @param text a file's text
   * @param prefix the start of the lines to drop
   * @return the changed text
   */
  public static String without(String text, String prefix) {
    StringBuilder b = new StringBuilder();
    text.lines().filter(l -> !l.startsWith(prefix)).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  /** Where the first line that starts with {@code line} begins. */
  private static int lineAt(String text, String line) {
    if (text.startsWith(line)) {
      return 0;
    }
    int at = text.indexOf("\n" + line);
    if (at < 0) {
      throw new IllegalArgumentException("no line starts with '" + line + "'");
    }
    return at + 1;
  }
}
