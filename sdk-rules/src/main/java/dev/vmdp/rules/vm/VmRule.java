package dev.vmdp.rules.vm;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A VM rule: severity and summary come from the catalogue; {@link #check(CheckContext, VirtualMachine, List)} runs per VM. */
abstract class VmRule extends CatalogueRule {

  VmRule(String id) {
    super(id);
  }

  @Override
  public final List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (VirtualMachine vm : context.vms()) {
      check(context, vm, out);
    }
    return List.copyOf(out);
  }

  /** Adds the findings for one VM to {@code out}. */
  abstract void check(CheckContext context, VirtualMachine vm, List<Finding> out);

  static String subject(VirtualMachine vm) {
    return "vm " + vm.name();
  }

  static String subject(VirtualMachine vm, PassthroughDevice d) {
    return "vm " + vm.name() + " " + d.keyPrefix();
  }

  /** The place of the first of these keys that was read from a file. */
  static Optional<SourceRef> firstSource(VirtualMachine vm, String... keys) {
    for (String k : keys) {
      Optional<SourceRef> s = vm.sourceOf(k);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** The place of an entry's key, else of its {@code present} key. */
  static Optional<SourceRef> entrySource(VirtualMachine vm, PassthroughDevice d, String... suffixes) {
    for (String suffix : suffixes) {
      Optional<SourceRef> s = vm.sourceOf(d.keyPrefix() + "." + suffix);
      if (s.isPresent()) {
        return s;
      }
    }
    return vm.sourceOf(d.keyPrefix() + ".present");
  }

  /** The host function the entry names, when its id parses and the host has it. */
  static Optional<PciFunction> hostFunction(CheckContext context, PassthroughDevice d) {
    return d.address().flatMap(a -> context.host().function(a));
  }

  /** The entry's vendor and device id, else those of the host function it names; empty when neither is known. */
  static Optional<PciId> pciId(CheckContext context, PassthroughDevice d) {
    Optional<PciId> own = d.pciId();
    return own.isPresent() ? own : hostFunction(context, d).flatMap(PciFunction::id);
  }

  /** The VM with one passthrough entry replaced (matched by index). */
  static VirtualMachine replace(VirtualMachine vm, PassthroughDevice changed) {
    List<PassthroughDevice> list = new ArrayList<>();
    for (PassthroughDevice d : vm.passthroughDevices()) {
      list.add(d.index() == changed.index() ? changed : d);
    }
    return vm.withPassthroughDevices(list);
  }

  /** A boolean as a .vmx writes it: {@code TRUE}, {@code FALSE}, or {@code absent}. */
  static String vmxBoolean(Optional<Boolean> value) {
    return value.map(b -> b ? "TRUE" : "FALSE").orElse("absent");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
