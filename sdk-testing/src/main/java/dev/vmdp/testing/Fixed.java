package dev.vmdp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.AppliedFix;
import dev.vmdp.model.Edit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the fix loop of a {@link RuleTest} applied and the files it saved.
 *
 * <pre>{@code
 * Fixed fixed = checked.fix();
 * fixed.expectEdits("set sched.mem.minsize = \"512\"");
 * fixed.expectWritten("rhel3.vmx", "sched.mem.minsize = \"512\"");
 * fixed.recheck().expectNone();
 * }</pre>
 */
public final class Fixed {
  private final RuleTest test;
  private final Path dir;
  private final Map<String, byte[]> before;
  private final List<AppliedFix> applied;

  Fixed(RuleTest test, Path dir, Map<String, byte[]> before, List<AppliedFix> applied) {
    this.test = test;
    this.dir = dir;
    this.before = before;
    this.applied = List.copyOf(applied);
  }

  /** The fixes applied, in order. */
  public List<AppliedFix> applied() {
    return applied;
  }

  /** Every line the fixes wrote, in the order applied. */
  public List<Edit> edits() {
    List<Edit> out = new ArrayList<>();
    applied.forEach(a -> out.addAll(a.edits()));
    return out;
  }

  /**
   * A file as saved (UTF-8).
   *
   * @param name the file as the test named it
   * @return its text
   */
  public String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * A file as saved.
   *
   * @param name the file as the test named it
   * @return its bytes
   */
  public byte[] bytes(String name) {
    try {
      return Files.readAllBytes(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that the fixes' edits are exactly these, in order.
   *
   * @param descriptions e.g. {@code set pciPassthru0.msiEnabled = "FALSE"}
   * @return this
   */
  public Fixed expectEdits(String... descriptions) {
    assertThat(edits()).extracting(Edit::description).as("edits written").containsExactly(descriptions);
    return this;
  }

  /**
   * Asserts that each line is a whole line of the saved file.
   *
   * @param name the file
   * @param lines lines without terminators
   * @return this
   */
  public Fixed expectWritten(String name, String... lines) {
    assertThat(lines(name)).as(name + " as saved").contains(lines);
    return this;
  }

  /**
   * Asserts that no line of the saved file is one of these.
   *
   * @param name the file
   * @param lines lines without terminators
   * @return this
   */
  public Fixed expectNotWritten(String name, String... lines) {
    assertThat(lines(name)).as(name + " as saved").doesNotContain(lines);
    return this;
  }

  /**
   * Asserts that nothing was fixed and no file changed.
   *
   * @return this
   */
  public Fixed expectNothing() {
    assertThat(applied).as("fixes applied").isEmpty();
    before.forEach((name, bytes) -> assertThat(Arrays.equals(bytes(name), bytes)).as(name + " unchanged").isTrue());
    return this;
  }

  private List<String> lines(String name) {
    return Arrays.asList(text(name).split("\r\n|\n|\r", -1));
  }

  /**
   * Checks the saved files again, with the same host and rules.
   *
   * @return what the check finds now
   */
  public Checked recheck() {
    return test.rerun(dir);
  }
}
