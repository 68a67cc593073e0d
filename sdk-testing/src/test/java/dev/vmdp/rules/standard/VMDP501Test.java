package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP501Test {
  /** A site passthru.map after ESXi's header, with the Intel 82598 line as given (a device id that is not hex). */
  static String map(String line) {
    return """
        # passthrough attributes for devices
        # file format: vendor-id device-id resetMethod fptShareable
        # vendor/device id: xxxx (in hex) (ffff can be used for wildchar match)
        # reset methods: flr, d3d0, link, bridge, default
        # fptShareable: true/default, false

        # NVIDIA
        10de  ffff  bridge  false
        # Intel 82598 10 Gigabit Ethernet Controller
        %s
        """.formatted(line);
  }

  @Test
  void positive_badHexIdReportedAtItsLine() {
    Finding f = RuleTest.forRules("VMDP501").map("passthru.map", map("# BUG: VMDP501\n8086  xxxx  d3d0  default")).run()
        .expectMarked().only("VMDP501");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("passthru.map");
  }

  @Test
  void negative_cleanInput() {
    RuleTest.forRules("VMDP501").map("passthru.map", map("8086  10c6  d3d0  default")).run().expectNone();
  }
}
