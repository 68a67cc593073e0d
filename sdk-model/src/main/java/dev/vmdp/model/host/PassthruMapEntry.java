package dev.vmdp.model.host;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpStyle;
import dev.vmdp.model.pci.PciId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of {@code /etc/vmware/passthru.map}: {@code vendor device resetMethod fptShareable}.
 * A vendor or device of {@code 0xffff} matches any id.
 *
 * <pre>{@code
 * PassthruMapEntry e = PassthruMapEntry.builder()
 *     .vendor(0x10de).device(PassthruMapEntry.ANY)
 *     .resetMethod(ResetMethod.BRIDGE).fptShareable(FptShareable.FALSE)
 *     .build();
 * e.matches(PciId.of(0x10de, 0x1eb8));   // true
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class PassthruMapEntry {

  /** The wildcard id, {@code ffff}. */
  public static final int ANY = 0xffff;

  /** The vendor id, or {@link #ANY}. */
  public abstract int vendor();

  /** The device id, or {@link #ANY}. */
  public abstract int device();

  /** The reset method. */
  public abstract ResetMethod resetMethod();

  /** Whether functions of one device may be split between owners. */
  public abstract FptShareable fptShareable();

  /** The line this entry came from, when it came from a file. */
  public abstract Optional<SourceRef> source();

  /** True when this line applies to a function with these ids. */
  public boolean matches(PciId id) {
    return (vendor() == ANY || vendor() == id.vendor()) && (device() == ANY || device() == id.device());
  }

  /**
   * How specific the line is, higher first: 3 exact vendor and device, 2 {@code vendor ffff},
   * 1 {@code ffff device}, 0 {@code ffff ffff}.
   */
  public int specificity() {
    return (vendor() != ANY ? 2 : 0) + (device() != ANY ? 1 : 0);
  }

  /** The line as vmdp writes it: {@code 10de ffff bridge false}. */
  public String toLine() {
    return PciId.hex4(vendor()) + " " + PciId.hex4(device()) + " " + resetMethod().token() + " "
        + fptShareable().token();
  }

  /** The same as {@link #toLine()}. */
  @Override
  public String toString() {
    return toLine();
  }

  @Value.Check
  void check() {
    if (vendor() < 0 || vendor() > 0xffff) {
      throw new IllegalStateException("PassthruMapEntry vendor must be 0..0xffff, was " + vendor());
    }
    if (device() < 0 || device() > 0xffff) {
      throw new IllegalStateException("PassthruMapEntry device must be 0..0xffff, was " + device());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PassthruMapEntry} values. */
  public static final class Builder extends ImmutablePassthruMapEntry.Builder {}
}
