package dev.vmdp.rules.device;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import java.util.List;

/** Runs one rule on a host and VMs with the standard knowledge. */
final class Checks {
  private Checks() {}

  static List<Finding> run(Rule rule, Host host, VirtualMachine... vms) {
    return run(rule, KnowledgeBase.standard(), host, vms);
  }

  static List<Finding> run(Rule rule, KnowledgeBase kb, Host host, VirtualMachine... vms) {
    List<Finding> found = rule.check(CheckContext.of(host, List.of(vms), List.of(), kb));
    for (Finding f : found) {
      if (!f.ruleId().equals(rule.id()) || f.severity() != rule.defaultSeverity()) {
        throw new AssertionError("finding of another rule or severity: " + f);
      }
    }
    return found;
  }

  /** A VM named like the guide's sample but with these passthrough entries. */
  static VirtualMachine vm(String name, PassthroughDevice... devices) {
    return VirtualMachine.builder().from(Fixtures.guideVm()).name(name).displayName(name)
        .passthroughDevices(List.of(devices)).build();
  }

  /** A present entry with an id, ids and the guide's systemId. */
  static PassthroughDevice entry(int index, String id, int vendor, int device) {
    return PassthroughDevice.builder().index(index).present(true).id(id).vendorId(vendor).deviceId(device)
        .systemId(Fixtures.GUIDE_UUID).build();
  }
}
