package dev.vmdp.model.pci;

import dev.vmdp.model.VmdpStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A function's part in SR-IOV: a physical function (PF) that can create virtual functions, or a
 * virtual function (VF) created by one. ESXi's passthru.map must not list either (VMDP506); a VF
 * always resets by function level reset.
 *
 * <pre>{@code
 * Sriov pf = Sriov.physicalFunction().withTotalVfs(64);
 * Sriov vf = Sriov.virtualFunctionOf(PciAddress.parse("0000:03:00.0"));
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Sriov {

  /** Whether a function creates or is a virtual function. */
  public enum Role {
    /** Physical function: has the SR-IOV capability. */
    PF,
    /** Virtual function: created by a physical function. */
    VF
  }

  /** PF or VF. */
  public abstract Role role();

  /** For a PF, the number of VFs it supports ({@code Total VFs}), when known; always empty for a VF. */
  public abstract OptionalInt totalVfs();

  /** For a PF, the number of VFs enabled ({@code Number of VFs}), when known; always empty for a VF. */
  public abstract OptionalInt numVfs();

  /** For a VF, the address of its physical function, when known; always empty for a PF. */
  public abstract Optional<PciAddress> physicalFunctionAddress();

  /** True for a physical function. */
  public boolean isPhysicalFunction() {
    return role() == Role.PF;
  }

  /** True for a virtual function. */
  public boolean isVirtualFunction() {
    return role() == Role.VF;
  }

  /** The same value with the total number of VFs set. */
  public abstract Sriov withTotalVfs(int totalVfs);

  /** The same value with the number of enabled VFs set. */
  public abstract Sriov withNumVfs(int numVfs);

  @Value.Check
  void check() {
    if (role() == Role.VF && (totalVfs().isPresent() || numVfs().isPresent())) {
      throw new IllegalStateException("Sriov VF cannot have totalVfs/numVfs, was " + this);
    }
    if (role() == Role.PF && physicalFunctionAddress().isPresent()) {
      throw new IllegalStateException("Sriov PF cannot have a physicalFunctionAddress, was "
          + physicalFunctionAddress().get());
    }
    if (totalVfs().isPresent() && totalVfs().getAsInt() < 0) {
      throw new IllegalStateException("Sriov totalVfs must be >= 0, was " + totalVfs().getAsInt());
    }
    if (numVfs().isPresent() && numVfs().getAsInt() < 0) {
      throw new IllegalStateException("Sriov numVfs must be >= 0, was " + numVfs().getAsInt());
    }
    if (totalVfs().isPresent() && numVfs().isPresent() && numVfs().getAsInt() > totalVfs().getAsInt()) {
      throw new IllegalStateException("Sriov numVfs must be <= totalVfs (" + totalVfs().getAsInt() + "), was "
          + numVfs().getAsInt());
    }
  }

  /** A physical function whose VF counts are unknown. */
  public static Sriov physicalFunction() {
    return builder().role(Role.PF).build();
  }

  /** A virtual function whose physical function is unknown. */
  public static Sriov virtualFunction() {
    return builder().role(Role.VF).build();
  }

  /**
   * A virtual function of a known physical function.
   *
   * @param pf the physical function's address
   * @return the value
   */
  public static Sriov virtualFunctionOf(PciAddress pf) {
    return builder().role(Role.VF).physicalFunctionAddress(pf).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Sriov} values. */
  public static final class Builder extends ImmutableSriov.Builder {}
}
