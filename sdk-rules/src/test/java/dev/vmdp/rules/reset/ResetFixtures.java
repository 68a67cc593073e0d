package dev.vmdp.rules.reset;

import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The realistic server with a site passthru.map, VMs taking its functions, and a runner. */
final class ResetFixtures {
  private ResetFixtures() {}

  static Host server(String map) {
    return Host.builder().from(Fixtures.server())
        .passthruMap(PassthruMapDocument.parse(map.getBytes(StandardCharsets.UTF_8), "passthru.map").toModel())
        .build();
  }

  static Host server() {
    return server(ResetAnalysisTest.MAP);
  }

  /** The server where the VMkernel uses some functions. */
  static Host withVmkernel(Host host, String... addresses) {
    Host.Builder b = Host.builder().from(host);
    for (String a : addresses) {
      b.putPassthroughState(PciAddress.parse(a), PassthroughState.DISABLED);
      b.putOwner(PciAddress.parse(a), Owner.VMKERNEL);
    }
    return b.build();
  }

  /** A VM passing the functions through (VMX decimal short ids; the fixture's buses are below 10). */
  static VirtualMachine vm(String name, String... addresses) {
    VirtualMachine.Builder b = VirtualMachine.builder().name(name).hardwareVersion(7).memoryMb(1024)
        .memoryReservationMb(1024);
    for (int i = 0; i < addresses.length; i++) {
      PciAddress a = PciAddress.parse(addresses[i]);
      b.addPassthroughDevice(PassthroughDevice.builder().index(i).present(true).id(a.toVmxShortForm())
          .systemId(Fixtures.GUIDE_UUID).build());
    }
    return b.build();
  }

  static List<Finding> run(Rule rule, Host host, VirtualMachine... vms) {
    return RuleEngine.builder().addRule(rule).build().check(host, List.of(vms)).findings();
  }
}
