package dev.vmdp.rules.reset;

import static dev.vmdp.rules.VmxTexts.ESXI67_BIOS_NIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP406Test {

  /** A dual-port NIC below root port 00:03.0, without FLR, whose ports reset through D3 -> D0 (NoSoftRst-). */
  static String lspci(String vendorDevice, String classLine) {
    String one = """
        04:00.F %s [%s] (rev 01)
        	Capabilities: [40] Power Management version 3
        		Flags: PMEClk- DSI+ D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold+)
        		Status: D0 NoSoftRst- PME-Enable- DSel=0 DScale=1 PME-
        	Capabilities: [a0] Express (v2) Endpoint, MSI 00
        		DevCap:	MaxPayload 512 bytes, PhantFunc 0, Latency L0s <512ns, L1 <64us
        			ExtTag- AttnBtn- AttnInd- PwrInd- RBE+ FLReset-

        """;
    return """
        00:03.0 PCI bridge [0604]: Intel Corporation Xeon E7 v3/Xeon E5 v3/Core i7 PCI Express Root Port 3 [8086:2f08] (rev 02)
        	Bus: primary=00, secondary=04, subordinate=04, sec-latency=0
        	Capabilities: [90] Express (v2) Root Port (Slot-), MSI 00
        		DevCap:	MaxPayload 256 bytes, PhantFunc 0
        			ExtTag- RBE+

        """ + one.replace("F ", "0 ").formatted(classLine, vendorDevice)
        + one.replace("F ", "1 ").formatted(classLine, vendorDevice);
  }

  @Test
  void info_aD3d0LineWouldResetThePortAlone_fixAddsItToThePassthruMap() {
    var checked = RuleTest.forRules("VMDP406").esx("6.7").vmx("fw01.vmx", ESXI67_BIOS_NIC.replace("0x10fb", "0x10c9"))
        .lspci("lspci.txt", lspci("8086:10c9", "Ethernet controller [0200]: Intel Corporation 82576 Gigabit Network Connection"))
        .map("passthru.map", "# vendor device resetMethod fptShareable\n").run();
    var f = checked.only("VMDP406");
    assertThat(f.facts()).containsEntry("address", "0000:04:00.0").containsEntry("id", "8086:10c9");
    String line = f.facts().get("suggestedLine");
    assertThat(line).contains("8086", "10c9", "d3d0");
    checked.fix().expectWritten("passthru.map", line);
  }

  @Test
  void negative_noSuggestionForDevicesKnownNotToResetThatWay() {
    // Mellanox 15b3:cf70 and an AMD GPU (display class) off the root bus do not reset via D3 -> D0 (DOMAIN.md 8).
    RuleTest.forRules("VMDP406").esx("6.7")
        .vmx("fw01.vmx", ESXI67_BIOS_NIC.replace("0x8086", "0x15b3").replace("0x10fb", "0xcf70"))
        .lspci("lspci.txt", lspci("15b3:cf70", "Ethernet controller [0200]: Mellanox Technologies Device"))
        .run().expectNone();
    RuleTest.forRules("VMDP406").esx("6.7")
        .vmx("fw01.vmx", ESXI67_BIOS_NIC.replace("0x8086", "0x1002").replace("0x10fb", "0x67df"))
        .lspci("lspci.txt", lspci("1002:67df",
            "VGA compatible controller [0300]: Advanced Micro Devices, Inc. [AMD/ATI] Ellesmere [Radeon RX 580]"))
        .run().expectNone();
  }
}
