package dev.vmdp.dsl;

import static dev.vmdp.dsl.Vmdp.host;
import static dev.vmdp.dsl.Vmdp.toPassthruMap;
import static dev.vmdp.dsl.Vmdp.toVmx;
import static dev.vmdp.dsl.Vmdp.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.passthrumap.PassthruMapLine;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The DSL reproduces the guide's sample VM and vmdp's example map from code. */
class GuideReproductionTest {

  /** The lines of the sample the model covers: memory, the bridge block (minus host-assigned slots), passthrough. */
  private static List<String> modelled(String vmx) {
    return vmx.lines()
        .filter(l -> l.matches("(?i)(memsize|sched\\.mem\\.minsize|virtualHW\\.version|guestOS|displayName"
            + "|pciBridge\\d\\.(present|virtualDev|functions)|pciPassthru\\d\\.\\w+) = .*"))
        .collect(Collectors.toList());
  }

  @Test
  void writesTheGuidesSampleVmLineForLine() {
    Host esx = GuideSample.host();
    VirtualMachine rhel3 = vm("RHEL3").guest("linux").hardwareVersion(7).memoryMb(512).reserveAllMemory()
        .on(esx).passthrough("0000:03:00.0").passthrough("0000:02:00.0").build();
    String written = new String(toVmx(rhel3, esx).toBytes(), StandardCharsets.UTF_8);
    String sample = new String(GuideSample.vmx(), StandardCharsets.UTF_8);
    assertThat(modelled(sample)).hasSize(30);
    assertThat(modelled(written)).containsExactlyInAnyOrderElementsOf(modelled(sample));
    // The pciBridgeN.pciSlotNumber lines are the host's, added at first power-on.
    assertThat(written).doesNotContain("pciBridge4.pciSlotNumber");
  }

  @Test
  void writesTheExampleMapFromItsEntries() {
    PassthruMapDocument example = GuideSample.passthruMap();
    HostBuilder h = host("site");
    for (PassthruMapLine line : example.lines()) {
      if (line instanceof PassthruMapLine.Entry e) {
        h.mapEntry(e.entry().toLine());
      }
    }
    PassthruMapDocument written = toPassthruMap(h.build().passthruMap());
    assertThat(entryTexts(written)).isEqualTo(entryTexts(example));
    assertThat(written.diagnostics()).isEmpty();
  }

  private static List<String> entryTexts(PassthruMapDocument doc) {
    return doc.lines().stream().filter(l -> l instanceof PassthruMapLine.Entry)
        .map(l -> l.text().strip().replaceAll("\\s+", " ")).collect(Collectors.toList());
  }

  @Test
  void devicePresetsCarryTheGuidesIds() {
    Host esx = host("esx").pci("0000:03:00.0", Devices.intel82598()).pci("0000:05:00.0", Devices.broadcom57711()).build();
    assertThat(esx.device("0000:03:00.0").id().map(Object::toString)).contains("8086:10c6");
    assertThat(esx.device("0000:05:00.0").name()).contains("Broadcom NetXtreme II BCM57711 10-Gigabit PCIe");
    assertThat(esx.device("0000:05:00.0").flr()).isEmpty();
  }
}
