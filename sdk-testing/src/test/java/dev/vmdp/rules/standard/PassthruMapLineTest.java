package dev.vmdp.rules.standard;

import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

/**
 * The tests of the passthru.map line diagnostics (VMDP501-503), which differ only in the field
 * that is wrong: each {@code VMDPnnnTest} names its rule, the Intel 82598 line with that field
 * wrong, and the line as it should be. The line stands in esx01's site passthru.map, after ESXi's
 * header.
 */
abstract class PassthruMapLineTest {
  private final String ruleId;
  private final String badLine;
  private final String goodLine;

  /**
   * A test of one diagnostic.
   *
   * @param ruleId the rule, e.g. {@code "VMDP501"}
   * @param badLine the 82598's line with the field wrong
   * @param goodLine the line as it should be
   */
  PassthruMapLineTest(String ruleId, String badLine, String goodLine) {
    this.ruleId = ruleId;
    this.badLine = badLine;
    this.goodLine = goodLine;
  }

  /** esx01's site passthru.map with the Intel 82598's line as given. */
  static String map(String line) {
    return replaceLine(TestHosts.SITE_MAP, "8086  10c6", line);
  }

  @Test
  void positive_theBadFieldIsReportedAtItsLine() {
    Finding f = RuleTest.forRules(ruleId).map("passthru.map", map("# BUG: " + ruleId + "\n" + badLine)).run()
        .expectMarked().only(ruleId);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("passthru.map");
  }

  @Test
  void negative_cleanInput() {
    RuleTest.forRules(ruleId).map("passthru.map", map(goodLine)).run().expectNone();
  }
}
