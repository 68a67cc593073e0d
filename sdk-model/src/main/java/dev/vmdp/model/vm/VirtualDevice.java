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
    return withoutTrailingIndex(keyPrefix().toLowerCase(Locale.ROOT));
  }

  /** {@code present}, or empty when absent. */
  public abstract Optional<Boolean> present();

  /** {@code virtualDev} ({@code vmxnet3}, {@code e1000}, {@code lsilogic}, {@code pvscsi}), or empty when absent. */
  public abstract Optional<String> virtualDev();

  /** {@code pciSlotNumber} as written ({@code -1} = not yet assigned), or empty when absent. */
  public abstract OptionalInt pciSlotNumber();

  /** The decoded slot; empty when {@code pciSlotNumber} is absent or {@code -1}. */
  public Optional<PciSlotNumber> slot() {
    OptionalInt n = pciSlotNumber();
    return n.isPresent() ? PciSlotNumber.decode(n.getAsInt()) : Optional.empty();
  }

  /** True only when {@code present = "TRUE"}. */
  public boolean isPresent() {
    return present().orElse(false);
  }

  @Value.Check
  void check() {
    if (keyPrefix().isBlank() || !isKeyPrefix(keyPrefix())) {
      throw new IllegalStateException(
          "VirtualDevice keyPrefix must be a .vmx key prefix without blanks, '#', '=' or '.', was '" + keyPrefix() + "'");
    }
    if (kind().isBlank()) {
      throw new IllegalStateException("VirtualDevice kind must not be blank, was '" + kind() + "' (" + keyPrefix() + ")");
    }
    OptionalInt slot = pciSlotNumber();
    if (slot.isPresent()) {
      int s = slot.getAsInt();
      if (s < PciSlotNumber.UNASSIGNED || s > PciSlotNumber.MAX) {
        throw new IllegalStateException(keyPrefix() + ".pciSlotNumber must be -1.." + PciSlotNumber.MAX + ", was " + s);
      }
    }
  }

  /**
   * Whether {@code s} is a key prefix: what {@code s.matches("[^\\s#=.]+")} tells, without
   * compiling a pattern per device ({@code \s} is the ASCII blanks and line ends).
   */
  static boolean isKeyPrefix(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case ' ', '\t', '\n', '\013', '\f', '\r', '#', '=', '.' -> {
          return false;
        }
        default -> {
          // Allowed: look at the next character.
        }
      }
    }
    return !s.isEmpty();
  }

  /**
   * {@code s} without the ASCII digits at its end: what {@code s.replaceFirst("[0-9]+$", "")}
   * gives, without a pattern. Like the pattern's {@code $}, the digits may also stand before one
   * final line terminator.
   */
  static String withoutTrailingIndex(String s) {
    int end = s.length();
    if (s.endsWith("\r\n")) {
      end -= 2;
    } else if (end > 0 && isLineTerminator(s.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && s.charAt(start - 1) >= '0' && s.charAt(start - 1) <= '9') {
      start--;
    }
    return start == end ? s : s.substring(0, start) + s.substring(end);
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VirtualDevice} values. */
  public static final class Builder extends ImmutableVirtualDevice.Builder {}
}
