package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP502Test {
  /** A site passthru.map after ESXi's header, with the Intel 82598 line as given (a reset method ESXi does not know). */
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
  void positive_unknownResetMethodReportedAtItsLine() {
    Finding f = RuleTest.forRules("VMDP502").map("passthru.map", map("# BUG: VMDP502\n8086  10c6  reboot  default")).run()
        .expectMarked().only("VMDP502");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("passthru.map");
  }

  @Test
  void negative_cleanInput() {
    RuleTest.forRules("VMDP502").map("passthru.map", map("8086  10c6  flr  default")).run().expectNone();
  }
}
