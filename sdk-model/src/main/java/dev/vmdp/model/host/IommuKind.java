package dev.vmdp.model.host;

/** The IOMMU a host has. */
public enum IommuKind {
  /** Intel VT-d. */
  INTEL_VTD,
  /** AMD-Vi (AMD IOMMU); experimental on ESX 4.x (VMDP102). */
  AMD_VI,
  /** No IOMMU: VMDirectPath is impossible (VMDP101). */
  NONE;

  /** True for {@link #INTEL_VTD} and {@link #AMD_VI}. */
  public boolean present() {
    return this != NONE;
  }
}
