package dev.vmdp.model.pci;

import dev.vmdp.model.VmdpStyle;
import org.immutables.value.Value;

/**
 * One base address register of a function, with its size when lspci showed it
 * ({@code Region 0: Memory at f0000000 (64-bit, prefetchable) [size=256M]}), or the expansion ROM
 * ({@link #ROM}).
 *
 * <pre>{@code
 * Bar b = Bar.builder().index(1).size(16L << 30).kind(BarKind.MEMORY)
 *     .sixtyFourBit(true).prefetchable(true).build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Bar {

  /** The index of the expansion ROM ({@code Expansion ROM at ...}). */
  public static final int ROM = 6;

  /** The register: 0..5, or {@link #ROM} for the expansion ROM. */
  public abstract int index();

  /** The size in bytes, at least 1. */
  public abstract long size();

  /** Memory or I/O space. */
  public abstract BarKind kind();

  /** True for a 64-bit memory BAR; false when lspci said 32-bit or nothing. */
  @Value.Default
  public boolean sixtyFourBit() {
    return false;
  }

  /** True for a prefetchable memory BAR; false when lspci said non-prefetchable or nothing. */
  @Value.Default
  public boolean prefetchable() {
    return false;
  }

  /** True for the expansion ROM. */
  public boolean isRom() {
    return index() == ROM;
  }

  /** True for a memory BAR that is not the expansion ROM: what counts toward a VM's MMIO space. */
  public boolean isMmio() {
    return kind() == BarKind.MEMORY && !isRom();
  }

  @Value.Check
  void check() {
    if (index() < 0 || index() > ROM) {
      throw new IllegalStateException("Bar index must be 0..5 or Bar.ROM (6), was " + index());
    }
    if (size() < 1) {
      throw new IllegalStateException("Bar size must be at least 1 byte, was " + size() + " (BAR " + index() + ")");
    }
    if (kind() == BarKind.IO && (sixtyFourBit() || prefetchable())) {
      throw new IllegalStateException("Bar " + index() + " of kind IO cannot be 64-bit or prefetchable");
    }
    if (isRom() && kind() != BarKind.MEMORY) {
      throw new IllegalStateException("Bar ROM must be of kind MEMORY, was " + kind());
    }
  }

  /** Renders as {@code BAR1 MEMORY 16G 64-bit prefetchable}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(isRom() ? "ROM" : "BAR" + index()).append(' ').append(kind())
        .append(' ').append(humanSize(size()));
    if (sixtyFourBit()) {
      sb.append(" 64-bit");
    }
    if (prefetchable()) {
      sb.append(" prefetchable");
    }
    return sb.toString();
  }

  /**
   * A size as lspci prints it: {@code 256M}, {@code 16G}, {@code 4K}, or bytes when not a whole
   * number of KiB.
   *
   * @param bytes the size
   * @return the text
   */
  public static String humanSize(long bytes) {
    String[] units = {"", "K", "M", "G", "T", "P"};
    long v = bytes;
    int u = 0;
    while (u < units.length - 1 && v != 0 && v % 1024 == 0) {
      v /= 1024;
      u++;
    }
    return v + units[u];
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Bar} values. */
  public static final class Builder extends ImmutableBar.Builder {}
}
