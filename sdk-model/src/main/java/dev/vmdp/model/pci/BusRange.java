package dev.vmdp.model.pci;

import java.util.Locale;

/**
 * The buses a bridge connects, as lspci prints them: {@code Bus: primary=00, secondary=03,
 * subordinate=03}. The bridge sits on the primary bus; everything on buses secondary..subordinate
 * is below it, and a secondary bus reset resets all of it.
 *
 * <pre>{@code
 * BusRange r = BusRange.of(0x00, 0x03, 0x05);
 * r.contains(0x04);   // true
 * }</pre>
 */
public final class BusRange {
  private final int primary;
  private final int secondary;
  private final int subordinate;

  private BusRange(int primary, int secondary, int subordinate) {
    checkBus("primary", primary);
    checkBus("secondary", secondary);
    checkBus("subordinate", subordinate);
    if (secondary > subordinate) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "BusRange secondary bus (%02x) must not be above subordinate bus (%02x), was %s", secondary,
          subordinate, render(primary, secondary, subordinate)));
    }
    this.primary = primary;
    this.secondary = secondary;
    this.subordinate = subordinate;
  }

  private static void checkBus(String field, int bus) {
    if (bus < 0 || bus > 0xff) {
      throw new IllegalArgumentException("BusRange " + field + " bus must be 0..255 (0xff), was " + bus);
    }
  }

  /**
   * The range of a bridge.
   *
   * @param primary the bus the bridge sits on, 0..255
   * @param secondary the bus directly below it, 0..255
   * @param subordinate the highest bus below it, secondary..255
   * @return the range
   * @throws IllegalArgumentException naming the bad value when a bus is out of range or
   *     secondary is above subordinate
   */
  public static BusRange of(int primary, int secondary, int subordinate) {
    return new BusRange(primary, secondary, subordinate);
  }

  /** The bus the bridge sits on. */
  public int primary() {
    return primary;
  }

  /** The bus directly below the bridge. */
  public int secondary() {
    return secondary;
  }

  /** The highest bus number below the bridge. */
  public int subordinate() {
    return subordinate;
  }

  /** True when {@code bus} is below the bridge (secondary..subordinate). */
  public boolean contains(int bus) {
    return bus >= secondary && bus <= subordinate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusRange r && r.primary == primary && r.secondary == secondary && r.subordinate == subordinate;
  }

  @Override
  public int hashCode() {
    return (primary << 16) | (secondary << 8) | subordinate;
  }

  /** Renders as lspci does: {@code primary=00, secondary=03, subordinate=03}. */
  @Override
  public String toString() {
    return render(primary, secondary, subordinate);
  }

  private static String render(int primary, int secondary, int subordinate) {
    StringBuilder sb = new StringBuilder(43).append("primary=");
    Digits.hex(sb, primary, 2).append(", secondary=");
    Digits.hex(sb, secondary, 2).append(", subordinate=");
    return Digits.hex(sb, subordinate, 2).toString();
  }
}
