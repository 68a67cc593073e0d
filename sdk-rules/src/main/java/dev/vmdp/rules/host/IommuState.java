package dev.vmdp.rules.host;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Iommu;
import dev.vmdp.model.host.IommuKind;
import java.util.List;
import java.util.Optional;

/**
 * The one verdict on a host's IOMMU that VMDP101, VMDP103 and VMDP104 share, so that exactly one
 * of them (or none) applies.
 */
enum IommuState {
  /** The host facts say there is no IOMMU (VMDP101). */
  ABSENT,
  /** The BIOS has it off (VMDP103). */
  BIOS_OFF,
  /** A host report says it is not active (VMDP103). */
  REPORTED_INACTIVE,
  /** A module list holds no IOMMU module (VMDP103). */
  NO_MODULE,
  /** A host report or a module list shows it active: no finding. */
  VERIFIED,
  /** Nothing verifies it either way (VMDP104). */
  UNVERIFIED;

  /**
   * The verdict: explicit negative facts first (no IOMMU, BIOS off, reported inactive), then a
   * report of it active, then the module list, else unverified.
   */
  static IommuState of(Host host, List<String> iommuModules) {
    Iommu i = host.iommu();
    if (i.kind().filter(k -> k == IommuKind.NONE).isPresent()) {
      return ABSENT;
    }
    if (i.biosEnabled().filter(b -> !b).isPresent()) {
      return BIOS_OFF;
    }
    if (i.verifiedActive().filter(b -> !b).isPresent()) {
      return REPORTED_INACTIVE;
    }
    if (i.verifiedActive().orElse(false)) {
      return VERIFIED;
    }
    Optional<Boolean> loaded = host.anyModuleLoaded(iommuModules);
    if (loaded.isPresent()) {
      return loaded.get() ? VERIFIED : NO_MODULE;
    }
    return UNVERIFIED;
  }
}
