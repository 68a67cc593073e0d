package dev.vmdp.model.vm;

import dev.vmdp.model.VmdpStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One {@code pciBridgeN.*} block of a .vmx: a virtual PCI bridge or PCIe root port. HW 7+ VMs carry
 * {@code pciBridge0} and {@code pciBridge4}..{@code pciBridge7} ({@code virtualDev = "pcieRootPort"},
 * {@code functions = "8"}); every key not in the file is empty.
 *
 * <pre>{@code
 * PciBridge b = PciBridge.builder().index(4).present(true)
 *     .virtualDev("pcieRootPort").functions(8).pciSlotNumber(21).build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class PciBridge {

  /** The N of {@code pciBridgeN}, at least 0. */
  public abstract int index();

  /** {@code present}, or empty when absent. */
  public abstract Optional<Boolean> present();

  /** {@code virtualDev} ({@code pcieRootPort}), or empty when absent. */
  public abstract Optional<String> virtualDev();

  /** {@code functions} ({@code 8}), or empty when absent. */
  public abstract OptionalInt functions();

  /** {@code pciSlotNumber} as written, or empty when absent (the host adds it at first power-on). */
  public abstract OptionalInt pciSlotNumber();

  /** The decoded slot of the bridge itself; empty when {@code pciSlotNumber} is absent or {@code -1}. */
  public Optional<PciSlotNumber> slot() {
    OptionalInt n = pciSlotNumber();
    return n.isPresent() ? PciSlotNumber.decode(n.getAsInt()) : Optional.empty();
  }

  /** True only when {@code present = "TRUE"}. */
  public boolean isPresent() {
    return present().orElse(false);
  }

  /** The key prefix, {@code pciBridge4}. */
  public String keyPrefix() {
    return KeyPrefixes.BRIDGE.of(index());
  }

  @Value.Check
  void check() {
    if (index() < 0) {
      throw new IllegalStateException("PciBridge index must be >= 0, was " + index());
    }
    OptionalInt functions = functions();
    if (functions.isPresent() && (functions.getAsInt() < 1 || functions.getAsInt() > 8)) {
      throw new IllegalStateException(keyPrefix() + ".functions must be 1..8, was " + functions.getAsInt());
    }
    OptionalInt slot = pciSlotNumber();
    if (slot.isPresent()) {
      int s = slot.getAsInt();
      if (s < PciSlotNumber.UNASSIGNED || s > PciSlotNumber.MAX) {
        throw new IllegalStateException(keyPrefix() + ".pciSlotNumber must be -1.." + PciSlotNumber.MAX + ", was " + s);
      }
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PciBridge} values. */
  public static final class Builder extends ImmutablePciBridge.Builder {}
}
