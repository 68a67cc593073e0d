package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CatalogueRule;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/** A device rule whose ID, severity and summary come from the standard catalogue. */
abstract class DeviceRule extends CatalogueRule {

  DeviceRule(String id) {
    super(id);
  }


  /**
   * One present passthrough entry of a VM, with its kind and, for a fixed DirectPath entry, the
   * address its id names when well-formed. Only a fixed entry names one host function for itself:
   * the rules about that function (201-209) see no address for a Dynamic DirectPath entry, a vGPU
   * or an SR-IOV adapter (whose physical function is {@link #pfAddress()}).
   */
  static final class Entry {
    final VirtualMachine vm;
    final PassthroughDevice device;
    final PassthroughKind kind;
    /** The decoded address of a fixed entry, or null when the id is absent or malformed, or another kind. */
    private final PciAddress address;

    Entry(VirtualMachine vm, PassthroughDevice device) {
      this.vm = vm;
      this.device = device;
      this.kind = device.kind();
      this.address = kind == PassthroughKind.FIXED ? device.address().orElse(null) : null;
    }

    /** The decoded address of a fixed entry; empty when the id is absent or malformed, or for other kinds. */
    Optional<PciAddress> address() {
      return Optional.ofNullable(address);
    }

    /** The physical function of an SR-IOV adapter ({@code pfId}, else its {@code id}); empty for other kinds. */
    Optional<PciAddress> pfAddress() {
      return kind == PassthroughKind.SRIOV ? device.pfAddress().or(device::address) : Optional.empty();
    }

    /** {@code vm NAME pciPassthruN}. */
    String subject() {
      return "vm " + vm.name() + " " + device.keyPrefix();
    }

    /**
     * A finding builder about the host function a fixed entry names: at the entry's {@code id},
     * with the facts {@code vm}, {@code entry} and {@code address}.
     */
    Finding.Builder addressFinding(Rule rule, String message) {
      return finding(rule, "id", message).putFact("address", address.toString());
    }

    /**
     * A finding builder with the subject, the location of {@code pciPassthruN.KEY} (else of the
     * entry's id) and the facts {@code vm} and {@code entry}.
     */
    Finding.Builder finding(Rule rule, String key, String message) {
      Finding.Builder f = rule.finding(subject(), message)
          .putFact("vm", vm.name()).putFact("entry", device.keyPrefix());
      vm.sourceOf(device.keyPrefix() + "." + key).or(() -> vm.sourceOf(device.keyPrefix() + ".id"))
          .ifPresent(f::location);
      return f;
    }
  }

  /**
   * The findings of a rule that judges the host function each fixed entry names, by its address
   * alone: {@code judge} gives the entry's finding (begun with {@link Entry#addressFinding}) when
   * the function at the address is wrong, else empty. Entries without an address (malformed ids,
   * other kinds) are passed over.
   *
   * @param ctx the check
   * @param judge the entry and its address to the finding, or empty
   * @return the findings, entries in order
   */
  static List<Finding> perAddress(CheckContext ctx, BiFunction<Entry, PciAddress, Optional<Finding.Builder>> judge) {
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries(ctx)) {
      e.address().flatMap(a -> judge.apply(e, a)).map(Finding.Builder::build).ifPresent(out::add);
    }
    return out;
  }

  /** The present entries of every VM, VMs in order, entries in file order. */
  static List<Entry> entries(CheckContext ctx) {
    // Every device rule reads the same list: the ids are decoded once per check, not once per rule.
    return ctx.derived(Entries.class, c -> {
      List<Entry> out = new ArrayList<>();
      for (VirtualMachine vm : c.vms()) {
        for (PassthroughDevice d : vm.presentPassthroughDevices()) {
          out.add(new Entry(vm, d));
        }
      }
      return new Entries(List.copyOf(out));
    }).list();
  }

  /** The present entries of a check, as one derived value. */
  private record Entries(List<Entry> list) {}

  /** The host function an entry names, empty when the id is malformed or the host has none there. */
  static Optional<PciFunction> hostFunction(CheckContext ctx, Entry e) {
    return e.address().flatMap(ctx.host()::function);
  }

  /** A UUID compared without case, blanks and dashes (VMware writes both spaced and dashed forms). */
  static String normalizedUuid(String uuid) {
    StringBuilder b = new StringBuilder(uuid.length());
    for (int i = 0; i < uuid.length(); i++) {
      char c = uuid.charAt(i);
      if (c != '-' && !isRegexSpace(c)) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** A blank as the regex {@code \s} knows it: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
