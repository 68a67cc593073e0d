package dev.vmdp.model.vm;

import dev.vmdp.model.VmdpStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A virtual device of a VM other than a passthrough device or PCI bridge ({@code ethernet0},
 * {@code sound}, {@code usb}, {@code scsi0}, {@code sata0}, {@code nvme0}, {@code svga}): what rules
 * need to know about devices that may share a virtual IRQ or a slot with a passthrough device.
 *
 * <pre>{@code
 * VirtualDevice nic = VirtualDevice.builder().keyPrefix("ethernet0").present(true)
 *     .virtualDev("vmxnet3").pciSlotNumber(192).build();
 * nic.kind();   // "ethernet"
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class VirtualDevice {

  /** The key prefix as written ({@code ethernet0}, {@code sound}, {@code usb_xhci}). */
  public abstract String keyPrefix();

  /**
   * The kind: the key prefix lower-cased without its trailing index ({@code ethernet} for
   * {@code ethernet0}); may be set explicitly.
   */
  @Value.Default
  public String kind() {
    return keyPrefix().toLowerCase(Locale.ROOT).replaceFirst("[0-9]+$", "");
  }

  /** {@code present}, or empty when absent. */
  public abstract Optional<Boolean> present();

  /** {@code virtualDev} ({@code vmxnet3}, {@code e1000}, {@code lsilogic}, {@code pvscsi}), or empty when absent. */
  public abstract Optional<String> virtualDev();

  /** {@code pciSlotNumber} as written ({@code -1} = not yet assigned), or empty when absent. */
  public abstract OptionalInt pciSlotNumber();

  /** The decoded slot; empty when {@code pciSlotNumber} is absent or {@code -1}. */
  public Optional<PciSlotNumber> slot() {
    return pciSlotNumber().isPresent() ? PciSlotNumber.decode(pciSlotNumber().getAsInt()) : Optional.empty();
  }

  /** True only when {@code present = "TRUE"}. */
  public boolean isPresent() {
    return present().orElse(false);
  }

  @Value.Check
  void check() {
    if (keyPrefix().isBlank() || !keyPrefix().matches("[^\\s#=.]+")) {
      throw new IllegalStateException(
          "VirtualDevice keyPrefix must be a .vmx key prefix without blanks, '#', '=' or '.', was '" + keyPrefix() + "'");
    }
    if (kind().isBlank()) {
      throw new IllegalStateException("VirtualDevice kind must not be blank, was '" + kind() + "' (" + keyPrefix() + ")");
    }
    if (pciSlotNumber().isPresent()) {
      int s = pciSlotNumber().getAsInt();
      if (s < PciSlotNumber.UNASSIGNED || s > PciSlotNumber.MAX) {
        throw new IllegalStateException(keyPrefix() + ".pciSlotNumber must be -1.." + PciSlotNumber.MAX + ", was " + s);
      }
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VirtualDevice} values. */
  public static final class Builder extends ImmutableVirtualDevice.Builder {}
}
