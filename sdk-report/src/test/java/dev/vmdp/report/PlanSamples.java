package dev.vmdp.report;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.reset.Plan;
import dev.vmdp.rules.reset.Planner;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A root port with a GPU and its audio function, reset together by a map line, as lspci shows it. */
final class PlanSamples {
  static final String LSPCI = "00:01.0 PCI bridge [0604]: Intel Corporation Root Port [8086:6f02]\n"
      + "\tBus: primary=00, secondary=01, subordinate=01, sec-latency=0\n"
      + "\tCapabilities: [60] Express (v2) Root Port (Slot+), MSI 00\n"
      + "01:00.0 VGA compatible controller [0300]: NVIDIA Corporation TU104GL [10de:1eb8]\n"
      + "\tControl: I/O- Mem+ BusMaster+\n"
      + "\tCapabilities: [60] Express (v2) Legacy Endpoint, MSI 00\n"
      + "\t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0\n"
      + "\t\t\tExtTag+ RBE+ FLReset+\n"
      + "01:00.1 Audio device [0403]: NVIDIA Corporation TU104 HD Audio Controller [10de:10f8]\n"
      + "\tControl: I/O- Mem+ BusMaster+\n"
      + "\tCapabilities: [60] Express (v2) Endpoint, MSI 00\n"
      + "\t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0\n"
      + "\t\t\tExtTag+ RBE+ FLReset-\n";
  static final String MAP = "# site map\n10de ffff bridge false\n";

  private PlanSamples() {}

  static Host host() {
    return Host.builder().name("esx01").topology(LspciReader.parse(LSPCI, "lspci.txt").topology())
        .passthruMap(PassthruMapDocument.parse(MAP.getBytes(StandardCharsets.UTF_8), "passthru.map").toModel())
        .build();
  }

  /** VM name, then its address, repeated. */
  static Plan plan(String... vmThenAddress) {
    Map<String, List<PciAddress>> wanted = new LinkedHashMap<>();
    for (int i = 0; i < vmThenAddress.length; i += 2) {
      wanted.put(vmThenAddress[i], List.of(PciAddress.parse(vmThenAddress[i + 1])));
    }
    return Planner.plan(host(), wanted);
  }
}
