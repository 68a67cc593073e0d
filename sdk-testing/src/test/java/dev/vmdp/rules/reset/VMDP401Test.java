package dev.vmdp.rules.reset;

import static dev.vmdp.rules.VmxTexts.ESXI7_GPU;
import static dev.vmdp.testing.TestText.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP401Test {

  /** A GeForce GPU and its HDMI audio function below root port 00:01.0 (DOMAIN.md 8, worked example 1). */
  static final String LSPCI = """
      00:01.0 PCI bridge [0604]: Intel Corporation 6th-10th Gen Core Processor PCIe Controller (x16) [8086:1901] (rev 07)
      	Bus: primary=00, secondary=01, subordinate=01, sec-latency=0
      	Capabilities: [a0] Express (v2) Root Port (Slot+), MSI 00
      		DevCap:	MaxPayload 256 bytes, PhantFunc 0
      			ExtTag- RBE+

      01:00.0 VGA compatible controller [0300]: NVIDIA Corporation GP104 [GeForce GTX 1080] [10de:1b80] (rev a1)
      	Capabilities: [68] Express (v2) Legacy Endpoint, MSI 00
      		DevCap:	MaxPayload 256 bytes, PhantFunc 0, Latency L0s unlimited, L1 <64us
      			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset-

      01:00.1 Audio device [0403]: NVIDIA Corporation GP104 High Definition Audio Controller [10de:10f0] (rev a1)
      	Capabilities: [68] Express (v2) Endpoint, MSI 00
      		DevCap:	MaxPayload 256 bytes, PhantFunc 0, Latency L0s unlimited, L1 <64us
      			ExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset-

      """;
  static final String MAP = "# vendor device resetMethod fptShareable\n10de  ffff  bridge  false\n";
  static final String GPU_VM = ESXI7_GPU.replace("00000:059:00.0", "00000:001:00.0").replace("0x1eb8", "0x1b80");
  static final String AUDIO_VM = GPU_VM.replace("\"ml01\"", "\"ml02\"").replace("00000:001:00.0", "00000:001:00.1")
      .replace("0x1b80", "0x10f0");

  @Test
  void warning_theGpuTakenWithoutItsAudioFunctionWhenNobodysOwnerIsKnown() {
    var f = RuleTest.forRules("VMDP401").esx("7.0U3").vmx("ml01.vmx", mark(GPU_VM, "pciPassthru0.id", "VMDP401"))
        .lspci("lspci.txt", LSPCI).map("passthru.map", MAP).run().expectMarked().only("VMDP401");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.facts()).containsEntry("unassigned", "0000:01:00.1").containsEntry("ownersKnown", "false")
        .containsEntry("resetMethod", "bridge").containsEntry("dependentBridge", "0000:00:01.0");
  }

  @Test
  void error_theTwoFunctionsGoToTwoVms() {
    var f = RuleTest.forRules("VMDP401").esx("7.0U3").vmx("ml01.vmx", mark(GPU_VM, "pciPassthru0.id", "VMDP401"))
        .vmx("ml02.vmx", AUDIO_VM).lspci("lspci.txt", LSPCI).map("passthru.map", MAP).run().expectMarked()
        .only("VMDP401");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.facts()).containsEntry("owners", "ml01, ml02");
  }

  @Test
  void negative_bothFunctionsInOneVm() {
    String both = GPU_VM + """
        pciPassthru1.id = "00000:001:00.1"
        pciPassthru1.deviceId = "0x10f0"
        pciPassthru1.vendorId = "0x10de"
        pciPassthru1.systemId = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c"
        pciPassthru1.present = "TRUE"
        """;
    RuleTest.forRules("VMDP401").esx("7.0U3").vmx("ml01.vmx", both).lspci("lspci.txt", LSPCI)
        .map("passthru.map", MAP).run().expectNone();
  }
}
