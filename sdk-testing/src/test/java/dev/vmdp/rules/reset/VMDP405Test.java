package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP405Test {
  static RuleTest esx01(String map) {
    return RuleTest.forRules("VMDP405").lspci("lspci-nnvvv.txt", TestHosts.lspci()).map("passthru.map", map);
  }

  @Test
  void positive_flrForcedOnADeviceWithoutIt() {
    Checked c = esx01("""
        # Intel 82598 10 Gigabit Ethernet Controller
        # BUG: VMDP405
        8086  10c6  flr  default
        """).run().expectMarked();
    assertThat(c.all("VMDP405")).extracting(f -> f.facts().get("address")).containsExactly("0000:03:00.0", "0000:03:00.1");
    for (Finding f : c.all("VMDP405")) {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.facts()).containsEntry("mapLine", "8086 10c6 flr default").containsEntry("advertised", "DevCap FLReset-");
    }
  }

  @Test
  void positive_d3d0ForcedOnADeviceWithNoSoftRstPlus() {
    Checked c = esx01("""
        # Broadcom 57712 10GigE
        # BUG: VMDP405
        14e4  1662  d3d0  false
        """).run().expectMarked();
    assertThat(c.all("VMDP405")).hasSize(2)
        .allSatisfy(f -> assertThat(f.facts().get("advertised")).startsWith("PM NoSoftRst+"));
  }

  @Test
  void negative_methodsTheDevicesAdvertise() {
    esx01("""
        8086  10c6  d3d0  default
        1077  2532  flr  default
        """).run().expectNone();
  }

  @Test
  void negative_flrOnAnSriovVirtualFunctionWhoseDevCapSaysOtherwise() {
    // The virtual function supports FLR (SR-IOV requires it); the ordinary 82598 does not.
    Checked c = RuleTest.forRules("VMDP405").lspci("lspci-nnvvv.txt", TestHosts.sriovHostLspci()).map("passthru.map", """
        15b3  1018  flr  default
        # BUG: VMDP405
        8086  10c6  flr  default
        """).run().expectMarked();
    assertThat(c.only("VMDP405").facts()).containsEntry("address", "0000:13:00.0");
  }
}
