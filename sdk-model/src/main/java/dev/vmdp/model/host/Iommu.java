package dev.vmdp.model.host;

import dev.vmdp.model.VmdpStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known about a host's IOMMU: its kind, whether the BIOS enables it, and whether a module
 * list or host report showed it active. Each fact is empty when unknown, so a rule can tell
 * "not verified" (VMDP104) from "off" (VMDP103).
 *
 * <pre>{@code
 * Iommu i = Iommu.builder().kind(IommuKind.INTEL_VTD).biosEnabled(true).build();
 * i.verifiedActive();   // Optional.empty(): nobody checked
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Iommu {

  /** The IOMMU kind ({@link IommuKind#NONE} when known to have none), empty when unknown. */
  public abstract Optional<IommuKind> kind();

  /** Whether the BIOS enables the IOMMU, empty when unknown. */
  public abstract Optional<Boolean> biosEnabled();

  /**
   * Whether the IOMMU was verified active after boot (a module list holding an IOMMU module, or a
   * host report), empty when nothing verified it either way.
   */
  public abstract Optional<Boolean> verifiedActive();

  /** True when the kind is known and is an IOMMU; false when known to be none; empty when unknown. */
  public Optional<Boolean> present() {
    return kind().map(IommuKind::present);
  }

  @Value.Check
  void check() {
    if (kind().filter(k -> k == IommuKind.NONE).isPresent()
        && (biosEnabled().orElse(false) || verifiedActive().orElse(false))) {
      throw new IllegalStateException("Iommu of kind NONE cannot be BIOS-enabled or active, was " + this);
    }
  }

  /** Nothing known. */
  public static Iommu unknown() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Iommu} values. */
  public static final class Builder extends ImmutableIommu.Builder {}
}
