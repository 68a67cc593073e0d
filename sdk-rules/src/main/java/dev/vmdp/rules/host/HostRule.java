package dev.vmdp.rules.host;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.Scope;
import dev.vmdp.rules.CheckContext;
import java.util.Locale;
import java.util.Optional;

/** A host rule whose ID, severity and summary come from the standard catalogue. */
abstract class HostRule extends CatalogueRule {

  HostRule(String id) {
    super(id);
  }

  /** About the host alone, or comparing VMs: once per check, over every VM's passthrough entries. */
  @Override
  public Scope scope() {
    return Scope.ALL_VMS;
  }

  /** {@code host NAME}. */
  static String subject(Host host) {
    return "host " + host.name();
  }

  /** {@code host NAME device 0000:03:00.0}. */
  static String deviceSubject(Host host, PciAddress address) {
    return "host " + host.name() + " device " + address;
  }

  /** Where esx.conf records the function's owner ({@code /device/000:11.0/owner}), when read from a file. */
  static Optional<SourceRef> ownerSource(Host host, PciAddress address) {
    return host.sourceOf("/device/" + address.toEsxConfForm() + "/owner");
  }

  /** A state as a fact value: {@code enabledPendingReboot}. */
  static String stateFact(PassthroughState s) {
    String[] words = s.name().toLowerCase(Locale.ROOT).split("_", -1);
    StringBuilder b = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return b.toString();
  }

  /**
   * True when the check involves passthrough: a VM has a present passthrough entry, the host has a
   * function configured or active for passthrough, or only the host is checked (no VMs given).
   */
  static boolean passthroughInvolved(CheckContext ctx) {
    if (ctx.vmsChecked() == 0) {
      return true;
    }
    if (ctx.vms().stream().anyMatch(vm -> !vm.presentPassthroughDevices().isEmpty())) {
      return true;
    }
    Host h = ctx.host();
    return h.passthroughStates().values().stream().anyMatch(s -> s.configured() || s.active())
        || h.owners().containsValue(Owner.PASSTHRU)
        || h.deviceReports().values().stream().anyMatch(r -> r.configuredOwner().filter(Owner.PASSTHRU::equals).isPresent()
            || r.currentOwner().filter(Owner.PASSTHRU::equals).isPresent());
  }
}
