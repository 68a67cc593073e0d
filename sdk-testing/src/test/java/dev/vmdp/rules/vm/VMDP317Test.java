package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ESXI67_BIOS_NIC;
import static dev.vmdp.testing.TestText.replaceLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP317Test {

  /** A limit of 2048 MB and a reservation of 2048 MB on a 4096 MB VM. */
  static final String LIMITED = replaceLine(replaceLine(replaceLine(ESXI67_BIOS_NIC, "sched.mem.min =",
      "# BUG: VMDP305\nsched.mem.min = \"2048\""), "sched.mem.minSize", "sched.mem.minSize = \"2048\""),
      "sched.mem.shares", "sched.mem.shares = \"normal\"\n# BUG: VMDP317\nsched.mem.max = \"2048\"");

  @Test
  void positive_limitBelowMemsize_fixesLiftTheLimitThenReserveAll() {
    var checked = RuleTest.forRules("VMDP317", "VMDP305").esx("6.7").vmx("fw01.vmx", LIMITED).run().expectMarked();
    assertThat(checked.only("VMDP317").facts()).containsEntry("limit", "2048").containsEntry("memsize", "4096");
    // No reservation above the limit while it stands: VMDP305 offers its fix only once the limit is gone.
    assertThat(checked.only("VMDP305").fixes()).isEmpty();
    assertThat(checked.only("VMDP305").facts()).containsEntry("limit", "2048");
    checked.fix()
        .expectEdits("remove sched.mem.max", "set sched.mem.min = \"4096\"", "set sched.mem.minSize = \"4096\"")
        .expectNotWritten("fw01.vmx", "sched.mem.max = \"2048\"")
        .expectWritten("fw01.vmx", "sched.mem.min = \"4096\"", "sched.mem.minSize = \"4096\"")
        .recheck().expectNone();
  }

  @Test
  void negative_aLimitEqualToMemsizeAsInTheGuide() {
    RuleTest.forRules("VMDP317").esx("6.7").vmx("fw01.vmx",
        replaceLine(ESXI67_BIOS_NIC, "sched.mem.shares", "sched.mem.max = \"4096\"")).run().expectNone();
  }
}
