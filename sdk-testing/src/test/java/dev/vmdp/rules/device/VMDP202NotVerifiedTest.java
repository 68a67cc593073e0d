package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

/**
 * VMDP202 when the host's lspci shows no ids: reproduces the report that {@code lspci -vvv}
 * without {@code -nn} silently turned the id check off. The host text is the fixture server's
 * lspci as {@code lspci -vvv} (names only) prints the Intel 82598 port.
 */
class VMDP202NotVerifiedTest {
  static final String NAMES_ONLY_LSPCI = """
      03:00.0 Ethernet controller: Intel Corporation 82598EB 10-Gigabit AT CX4 Network Connection (rev 01)
      \tSubsystem: Intel Corporation 82598EB 10-Gigabit AT CX4 Network Connection
      \tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      \tCapabilities: [a0] Express (v2) Endpoint, MSI 00
      \t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0, Latency L0s <512ns, L1 <64us
      \t\t\tExtTag- AttnBtn- AttnInd- PwrInd- RBE+ FLReset-
      """;

  static final String DB01 = TestHosts.vm("db01", """
      pciPassthru0.present = "TRUE"
      pciPassthru0.id = "00000:003:00.0"
      pciPassthru0.deviceId = "0x10c6"
      # BUG: VMDP202
      pciPassthru0.vendorId = "0x8086"
      pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """);

  @Test
  void positive_noIdsInTheHostsLspciIsAnInfoThatTheyWereNotVerified() {
    Finding f = RuleTest.forRules("VMDP202").esx("6.7").vmx("db01.vmx", DB01).lspci("lspci-vvv.txt", NAMES_ONLY_LSPCI)
        .run().expectMarked().only("VMDP202");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("not verified").contains("lspci -nn");
    assertThat(f.facts()).containsEntry("address", "0000:03:00.0").containsEntry("expectedId", "8086:10c6")
        .containsEntry("verified", "false").doesNotContainKey("hostId");
  }

  @Test
  void negative_theIdsAreShownAndAgree() {
    RuleTest.forRules("VMDP202").esx("6.7").vmx("db01.vmx", DB01.replace("# BUG: VMDP202\n", ""))
        .lspci("lspci-nnvvv.txt", TestHosts.lspci()).run().expectNone();
  }

  @Test
  void negative_theEntryGivesNoIdsToVerify() {
    String noIds = DB01.replace("# BUG: VMDP202\n", "").replace("pciPassthru0.deviceId = \"0x10c6\"\n", "")
        .replace("pciPassthru0.vendorId = \"0x8086\"\n", "");
    RuleTest.forRules("VMDP202").esx("6.7").vmx("db01.vmx", noIds).lspci("lspci-vvv.txt", NAMES_ONLY_LSPCI)
        .run().expectNone();
  }
}
