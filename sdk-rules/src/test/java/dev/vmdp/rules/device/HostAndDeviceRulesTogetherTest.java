package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.host.HostRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostAndDeviceRulesTogetherTest {
  /** A VM named like the guide's sample but with these passthrough entries. */
  private static VirtualMachine vm(String name, PassthroughDevice... devices) {
    return VirtualMachine.builder().from(Fixtures.guideVm()).name(name).displayName(name)
        .passthroughDevices(List.of(devices)).build();
  }

  /** A present entry with an id, ids and the guide's systemId. */
  private static PassthroughDevice entry(int index, String id, int vendor, int device) {
    return PassthroughDevice.builder().index(index).present(true).id(id).vendorId(vendor).deviceId(device)
        .systemId(Fixtures.GUIDE_UUID).build();
  }

  @Test
  void serverWithTypicalMistakesGetsOneFindingPerMistake() {
    List<Rule> rules = new ArrayList<>(HostRules.all());
    rules.addAll(DeviceRules.all());
    RuleEngine engine = RuleEngine.builder().rules(rules).build();
    VirtualMachine gpu = vm("gpu", entry(0, "0000:01:00.0", 0x10de, 0x1eb8), entry(1, "00:01.0", 0x8086, 0x6f02));
    VirtualMachine legacy = vm("legacy", entry(0, "07:01.0", 0x8086, 0x107c), entry(1, "03:00.0", 0x8086, 0x10c6));
    VirtualMachine db = vm("db", entry(0, "03:00.0", 0x8086, 0x10c6), entry(1, "09:00.0", 0x1077, 0x2532));
    Report r = engine.check(Fixtures.server(), List.of(gpu, legacy, db));
    assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.subject()).containsExactlyInAnyOrder(
        "VMDP201 vm db pciPassthru1",
        "VMDP206 vm legacy pciPassthru0",
        "VMDP207 vm legacy pciPassthru1",
        "VMDP208 vm legacy pciPassthru0",
        "VMDP209 vm gpu pciPassthru1");
    Report old = engine.check(Fixtures.server().withVersion(EsxVersion.ESX_4_0), List.of(gpu));
    assertThat(old.byRule("VMDP210")).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("problem", "wrongForm").containsEntry("suggestedId", "01:00.0"));
    assertThat(old.byRule("VMDP205")).hasSize(2);
  }
}
