package dev.vmdp.model.host;

import java.util.Locale;

/** The host CPU's vendor, which decides the IOMMU the platform needs (VT-d or AMD-Vi). */
public enum CpuVendor {
  /** Intel: needs VT-d. */
  INTEL,
  /** AMD: needs AMD-Vi (experimental on ESX 4.x). */
  AMD,
  /** Any other vendor. */
  OTHER;

  /**
   * The vendor named by a CPU vendor string ({@code GenuineIntel}, {@code AuthenticAMD},
   * {@code Intel(R) Xeon(R) CPU E5520}, {@code AMD Opteron}), ignoring case.
   *
   * @param text the vendor or model string
   * @return {@link #INTEL}, {@link #AMD}, or {@link #OTHER} for anything else
   */
  public static CpuVendor fromText(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("intel")) {
      return INTEL;
    }
    if (t.contains("amd")) {
      return AMD;
    }
    return OTHER;
  }

  /** The IOMMU this vendor's platforms use; {@link IommuKind#NONE} for {@link #OTHER}. */
  public IommuKind expectedIommu() {
    return switch (this) {
      case INTEL -> IommuKind.INTEL_VTD;
      case AMD -> IommuKind.AMD_VI;
      default -> IommuKind.NONE;
    };
  }
}
