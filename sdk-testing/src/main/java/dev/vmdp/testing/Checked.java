package dev.vmdp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.dsl.AppliedFix;
import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a {@link RuleTest} found: the findings of the rules under test, with their locations in
 * the test's file names, and the fix loop to run next.
 *
 * <pre>{@code
 * Checked c = RuleTest.forRules("VMDP202").vmx("a.vmx", text).lspci("lspci.txt", lspci).run();
 * c.expectMarked();
 * assertThat(c.only("VMDP202").facts()).containsEntry("hostId", "10de:1eb8");
 * }</pre>
 */
public final class Checked {
  private final RuleTest test;
  private final Workspace workspace;
  private final Path dir;
  private final Map<String, byte[]> files;
  private final Report report;
  private final List<Finding> findings;

  Checked(RuleTest test, Workspace workspace, Path dir, Map<String, byte[]> files) {
    this.test = test;
    this.workspace = workspace;
    this.dir = dir;
    this.files = files;
    this.report = workspace.check();
    List<Finding> mine = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (test.ids().contains(f.ruleId())) {
        mine.add(RuleTest.relative(f, dir));
      }
    }
    this.findings = List.copyOf(mine);
  }

  /** The findings of the rules under test, in report order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The assumptions the check made (an inferred host version), in report order. */
  public List<String> assumptions() {
    return report.assumptions();
  }

  /** The workspace the files were opened in, for what this class does not assert. */
  public Workspace workspace() {
    return workspace;
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId e.g. {@code "VMDP305"}
   * @return its findings, possibly none
   */
  public List<Finding> all(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * The one finding of a rule.
   *
   * @param ruleId e.g. {@code "VMDP305"}
   * @return the finding
   * @throws AssertionError unless the rule found exactly one thing
   */
  public Finding only(String ruleId) {
    List<Finding> of = all(ruleId);
    assertThat(of).as("findings of " + ruleId + " (all: " + findings + ")").hasSize(1);
    return of.get(0);
  }

  /**
   * Asserts that the findings located in the .vmx and passthru.map texts, and in any other file of
   * the test that has markers (an inventory, an esx.conf), are exactly those the
   * {@code # BUG: VMDPnnn} markers announce (rule and line); findings elsewhere are not compared.
   *
   * @return this
   */
  public Checked expectMarked() {
    TreeSet<String> expected = new TreeSet<>();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      for (Markers.Marker m : Markers.of(e.getValue())) {
        if (test.ids().contains(m.ruleId())) {
          expected.add(e.getKey() + ":" + m.line() + ": " + m.ruleId());
        }
      }
    }
    TreeSet<String> actual = new TreeSet<>();
    for (Finding f : findings) {
      if (f.location().isPresent() && Markers.markable(f.location().get().file(), files)) {
        SourceRef l = f.location().get();
        actual.add(l.file() + ":" + l.line() + ": " + f.ruleId());
      }
    }
    assertThat(actual).as("located findings against the # BUG: markers (all findings: " + findings + ")")
        .containsExactlyElementsOf(expected);
    return this;
  }

  /**
   * Asserts that the rules under test found nothing.
   *
   * @return this
   */
  public Checked expectNone() {
    assertThat(findings).as("findings of " + test.ids()).isEmpty();
    return this;
  }

  /**
   * Runs the one fix loop for the findings of the rules under test, saves the files and reads
   * them back.
   *
   * @return what was applied and written
   */
  public Fixed fix() {
    List<AppliedFix> applied = workspace.applyAll(f -> test.ids().contains(f.ruleId()));
    workspace.save();
    return new Fixed(test, dir, files, applied);
  }
}
