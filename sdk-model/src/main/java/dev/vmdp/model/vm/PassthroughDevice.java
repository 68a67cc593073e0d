package dev.vmdp.model.vm;

import dev.vmdp.model.VmdpStyle;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFormatException;
import dev.vmdp.model.pci.PciId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One {@code pciPassthruN.*} block of a .vmx: a host PCI function given to the VM. Every key that
 * was not in the file is empty; {@link #id()} keeps the address exactly as written, so a malformed
 * value (hex digits, VMDP210) is still visible.
 *
 * <pre>{@code
 * PassthroughDevice d = PassthroughDevice.builder()
 *     .index(0).present(true).id("03:00.0")
 *     .vendorId(0x12ab).deviceId(0x3456)
 *     .systemId("48c4619b-6d58-18db-2a0e-000423d1e6f6")
 *     .pciSlotNumber(160)
 *     .build();
 * d.address();          // Optional[0000:03:00.0]
 * d.slot();             // Optional[160 (pciBridge4 function 0, device 0)]
 * d.effectiveVirtualDev();   // "pcie"
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class PassthroughDevice {

  /** The value {@code virtualDev} has when absent. */
  public static final String DEFAULT_VIRTUAL_DEV = "pcie";

  /** The N of {@code pciPassthruN}, at least 0. */
  public abstract int index();

  /** {@code present}: TRUE, FALSE, or empty when absent. */
  public abstract Optional<Boolean> present();

  /** {@code id}: the host address exactly as written, or empty when absent. */
  public abstract Optional<String> id();

  /** {@code vendorId}, 0..0xffff, or empty when absent. */
  public abstract OptionalInt vendorId();

  /** {@code deviceId}, 0..0xffff, or empty when absent. */
  public abstract OptionalInt deviceId();

  /** {@code systemId}: the UUID of the host the device was added on, or empty when absent. */
  public abstract Optional<String> systemId();

  /** {@code pciSlotNumber} as written ({@code -1} = not yet assigned), or empty when absent. */
  public abstract OptionalInt pciSlotNumber();

  /** {@code virtualDev} ({@code pcie} or {@code pci}), or empty when absent. */
  public abstract Optional<String> virtualDev();

  /** {@code msiEnabled}, or empty when absent (which means TRUE). */
  public abstract Optional<Boolean> msiEnabled();

  /** {@code allowedDevices} (Dynamic DirectPath, HW 17+); empty when absent. */
  public abstract List<PciId> allowedDevices();

  /**
   * The host address {@link #id()} names, read with {@link PciAddress#parseVmx(String)} (every
   * field decimal); empty when the id is absent or malformed.
   */
  public Optional<PciAddress> address() {
    if (id().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PciAddress.parseVmx(id().get()));
    } catch (PciFormatException e) {
      return Optional.empty();
    }
  }

  /** Vendor and device id when both are present, else empty. */
  public Optional<PciId> pciId() {
    if (vendorId().isEmpty() || deviceId().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PciId.of(vendorId().getAsInt(), deviceId().getAsInt()));
  }

  /** The decoded slot; empty when {@code pciSlotNumber} is absent or {@code -1}. */
  public Optional<PciSlotNumber> slot() {
    return pciSlotNumber().isPresent() ? PciSlotNumber.decode(pciSlotNumber().getAsInt()) : Optional.empty();
  }

  /** True only when {@code present = "TRUE"}: an absent or FALSE {@code present} is not present. */
  public boolean isPresent() {
    return present().orElse(false);
  }

  /** {@code virtualDev}, or {@code pcie} (VMware's default) when absent. */
  public String effectiveVirtualDev() {
    return virtualDev().orElse(DEFAULT_VIRTUAL_DEV);
  }

  /** {@code msiEnabled}, or true (VMware's default: physical MSI/MSI-X) when absent. */
  public boolean effectiveMsiEnabled() {
    return msiEnabled().orElse(true);
  }

  /** The key prefix, {@code pciPassthru0}. */
  public String keyPrefix() {
    return "pciPassthru" + index();
  }

  @Value.Check
  void check() {
    if (index() < 0) {
      throw new IllegalStateException("PassthroughDevice index must be >= 0, was " + index());
    }
    if (vendorId().isPresent()) {
      checkId("vendorId", vendorId().getAsInt());
    }
    if (deviceId().isPresent()) {
      checkId("deviceId", deviceId().getAsInt());
    }
    if (pciSlotNumber().isPresent()) {
      int s = pciSlotNumber().getAsInt();
      if (s < PciSlotNumber.UNASSIGNED || s > PciSlotNumber.MAX) {
        throw new IllegalStateException(keyPrefix() + ".pciSlotNumber must be -1.." + PciSlotNumber.MAX + ", was " + s);
      }
    }
  }

  private void checkId(String attribute, int value) {
    if (value < 0 || value > 0xffff) {
      throw new IllegalStateException(
          "PassthroughDevice " + keyPrefix() + "." + attribute + " must be 0..0xffff, was " + value);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PassthroughDevice} values. */
  public static final class Builder extends ImmutablePassthroughDevice.Builder {}
}
