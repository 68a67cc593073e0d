package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VMDP205Test {
  private static final Host SERVER_40 = Fixtures.server().withVersion(EsxVersion.ESX_4_0);

  @Test
  void positive_realtekOnEsx40FromVmxIds() {
    Host noInventory = Fixtures.guideHost().withTopology(PciTopology.empty());
    assertThat(Checks.run(new DeviceNotKnownSupported(), noInventory, Checks.vm("vm", entry(0, "03:00.0", 0x10ec, 0x8168))))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).containsEntry("id", "10ec:8168").containsEntry("idSource", "vmx")
              .containsEntry("version", "4.0").containsEntry("versionAssumed", "false");
          assertThat(f.message()).isEqualTo("device 10ec:8168 is not on the known-supported list for ESX 4.0");
        });
  }

  @Test
  void positive_hostIdWinsOverVmxIdsOnEsx41() {
    // the .vmx claims an 82598, but the host function at 04:00.0 is a QLogic 2532
    assertThat(Checks.run(new DeviceNotKnownSupported(), SERVER_40.withVersion(EsxVersion.of(4, 1, 2)),
        Checks.vm("vm", entry(0, "04:00.0", 0x8086, 0x10c6)))).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("id", "1077:2532").containsEntry("idSource", "host")
            .containsEntry("version", "4.1U2"));
  }

  @Test
  void negative_intel82598AndBroadcom57711OnEsx40() {
    assertThat(Checks.run(new DeviceNotKnownSupported(), SERVER_40, Checks.vm("vm", entry(0, "03:00.0", 0x8086, 0x10c6),
        entry(1, "03:00.1", 0x8086, 0x10c6)))).isEmpty();
    Host noInventory = Fixtures.guideHost().withTopology(PciTopology.empty());
    assertThat(Checks.run(new DeviceNotKnownSupported(), noInventory, Checks.vm("vm", entry(0, "03:00.0", 0x14e4, 0x164f))))
        .isEmpty();
  }

  @Test
  void negative_noListForLaterVersions() {
    assertThat(Checks.run(new DeviceNotKnownSupported(), Fixtures.server(), Checks.vm("vm", entry(0, "04:00.0", 0x1077, 0x2532))))
        .isEmpty();
  }

  @Test
  void positive_siteListForEsxi67() {
    KnowledgeBase kb = KnowledgeBase.standard();
    KnowledgeBase site = kb.withDevices(kb.devices().withSupported(EsxVersion.ESX_6_7, List.of(PciId.of(0x10de, 0x1eb8))));
    assertThat(Checks.run(new DeviceNotKnownSupported(), site, Fixtures.server(), Checks.vm("vm",
        entry(0, "01:00.0", 0x10de, 0x1eb8), entry(1, "04:00.0", 0x1077, 0x2532)))).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("id", "1077:2532").containsEntry("version", "6.7"));
  }

  @Test
  void positive_assumedVersionIsSaid() {
    Host unknown = Host.builder().from(Fixtures.guideHost()).version(Optional.empty()).build();
    assertThat(Checks.run(new DeviceNotKnownSupported(), unknown, Fixtures.guideVm())).hasSize(2)
        .allSatisfy(f -> assertThat(f.facts()).containsEntry("versionAssumed", "true").containsEntry("version", "4.0"));
  }
}
