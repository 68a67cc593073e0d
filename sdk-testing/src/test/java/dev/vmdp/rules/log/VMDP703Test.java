package dev.vmdp.rules.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP703Test {
  /** ESXi 6.7: the error in a Msg_Post block, repeated on a continuation line; then a retry with 8 GB. */
  static final String RESERVATION = """
      2019-08-14T12:01:55.290Z| vmx| I125: DICT          sched.mem.min = "0"
      2019-08-14T12:01:55.302Z| vmx| I125: Msg_Post: Error
      2019-08-14T12:01:55.302Z| vmx| I125: [msg.vmx.poweron.failed] Invalid memory setting: memory reservation (sched.mem.min) should be equal to memsize(4096).
      2019-08-14T12:01:55.302Z| vmx| I125+ Invalid memory setting: memory reservation (sched.mem.min) should be equal to memsize(4096).
      2019-08-14T12:01:55.302Z| vmx| I125: ----------------------------------------
      2019-08-14T12:09:12.014Z| vmx| I125: Invalid memory setting: memory reservation (sched.mem.min) should be equal to memsize(8192).
      """;

  @Test
  void positive_oneFindingPerMemsize() {
    List<Finding> f = RuleTest.forRules("VMDP703").log("vmware.log", RESERVATION).run().all("VMDP703");
    assertThat(f).hasSize(2);
    assertThat(f.get(0).ruleId()).isEqualTo("VMDP703");
    assertThat(f.get(0).facts()).containsEntry("memsize", "4096").containsEntry("lines", "3,4")
        .containsEntry("preventedBy", "VMDP305");
    assertThat(f.get(0).location()).hasValue(SourceRef.of("vmware.log", 3));
    assertThat(f.get(0).message()).isEqualTo("memory reservation (sched.mem.min) should be equal to memsize(4096):"
        + " see VMDP305 (set the reservation to memsize)");
    assertThat(f.get(1).facts()).containsEntry("memsize", "8192").containsEntry("lines", "6");
  }

  @Test
  void negative_cleanLogAndTheReservationKeyAlone() {
    RuleTest.forRules("VMDP703").log("vmware.log", LogTexts.CLEAN_ESXI8).run().expectNone();
    RuleTest.forRules("VMDP703").log("vmware.log", RESERVATION.lines().findFirst().orElseThrow() + "\n").run()
        .expectNone();
  }
}
