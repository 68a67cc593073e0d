package dev.vmdp.model.vm;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A virtual PCI slot number as a .vmx {@code pciSlotNumber} holds it, decoded after KB 2047927:
 * binary {@code FFF.BBBBB.DDDDD}. A bus field of 0 means device {@code DDDDD} on the virtual root
 * bus; otherwise the device sits behind {@code pciBridge(BBBBB-1)}, function {@code FFF} of that
 * root port's slot. So 160 is pciBridge4 function 0, 192 pciBridge5 function 0, 1184 pciBridge4
 * function 1.
 *
 * <p>The value {@code -1} ({@link #UNASSIGNED}) means "not yet assigned" (the host assigns one at
 * the next power-on); it is no slot, so {@link #decode(int)} returns empty for it and
 * {@link #of(int)} rejects it.
 *
 * <pre>{@code
 * PciSlotNumber s = PciSlotNumber.of(1184);
 * s.bridgeIndex();   // OptionalInt[4]
 * s.function();      // 1
 * s.toString();      // "1184 (pciBridge4 function 1, device 0)"
 * PciSlotNumber.behindBridge(5, 0, 0).value();   // 192
 * }</pre>
 */
public final class PciSlotNumber implements Comparable<PciSlotNumber> {
  /** The value a .vmx holds for a slot the host has not assigned yet. */
  public static final int UNASSIGNED = -1;
  /** The largest value the 13-bit layout can hold. */
  public static final int MAX = 0x1fff;

  private final int value;

  private PciSlotNumber(int value) {
    if (value == UNASSIGNED) {
      throw new IllegalArgumentException("PciSlotNumber -1 means not yet assigned and is no slot; use decode(-1)");
    }
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("PciSlotNumber must be 0.." + MAX + " (or -1 for not assigned), was " + value);
    }
    this.value = value;
  }

  /**
   * The slot with this number.
   *
   * @param value 0..8191
   * @return the slot
   * @throws IllegalArgumentException naming the value when it is {@code -1} or out of range
   */
  public static PciSlotNumber of(int value) {
    return new PciSlotNumber(value);
  }

  /**
   * The slot a raw {@code pciSlotNumber} names.
   *
   * @param raw the number as written
   * @return the slot, or empty for {@link #UNASSIGNED}
   * @throws IllegalArgumentException naming the value when it is out of range
   */
  public static Optional<PciSlotNumber> decode(int raw) {
    return raw == UNASSIGNED ? Optional.empty() : Optional.of(of(raw));
  }

  /**
   * The slot of a device on the virtual root bus (bus 0).
   *
   * @param device 0..31
   * @return the slot
   */
  public static PciSlotNumber onRootBus(int device) {
    checkField("device", device, 31);
    return of(device);
  }

  /**
   * The slot of a device behind a virtual PCI bridge.
   *
   * @param bridgeIndex the N of {@code pciBridgeN}, 0..30
   * @param function the root port function, 0..7
   * @param device the device behind it, 0..31
   * @return the slot
   * @throws IllegalArgumentException naming the field and value when one is out of range
   */
  public static PciSlotNumber behindBridge(int bridgeIndex, int function, int device) {
    checkField("bridgeIndex", bridgeIndex, 30);
    checkField("function", function, 7);
    checkField("device", device, 31);
    return of(function << 10 | (bridgeIndex + 1) << 5 | device);
  }

  private static void checkField(String field, int v, int max) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException("PciSlotNumber " + field + " must be 0.." + max + ", was " + v);
    }
  }

  /** The number as the .vmx holds it. */
  public int value() {
    return value;
  }

  /** The {@code BBBBB} field: 0 for the root bus, else the bridge index plus one. */
  public int busField() {
    return value >> 5 & 0x1f;
  }

  /** The {@code DDDDD} field: the device number. */
  public int device() {
    return value & 0x1f;
  }

  /** The {@code FFF} field: the function of the bridge's root port slot. */
  public int function() {
    return value >> 10 & 0x7;
  }

  /** True when the device is on the virtual root bus (bus field 0). */
  public boolean onRootBus() {
    return busField() == 0;
  }

  /** The N of the {@code pciBridgeN} the device is behind; empty on the root bus. */
  public OptionalInt bridgeIndex() {
    return onRootBus() ? OptionalInt.empty() : OptionalInt.of(busField() - 1);
  }

  /** Orders by value. */
  @Override
  public int compareTo(PciSlotNumber o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PciSlotNumber s && s.value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  /** What the number means: {@code pciBridge4 function 1, device 0} or {@code bus 0, device 16}. */
  public String describe() {
    if (onRootBus()) {
      return "bus 0, device " + device() + (function() != 0 ? ", function " + function() : "");
    }
    return "pciBridge" + (busField() - 1) + " function " + function() + ", device " + device();
  }

  /** The number with its meaning: {@code 1184 (pciBridge4 function 1, device 0)}. */
  @Override
  public String toString() {
    return value + " (" + describe() + ")";
  }
}
