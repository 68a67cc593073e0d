package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.PciId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Device facts the interrupt rules need. Belongs in DeviceKnowledge (to move there at
 * integration); kept here while that class is being written.
 */
final class InterruptDevices {
  /**
   * The guide (DOMAIN.md 6): Broadcom 57710 and 57711 need {@code msiEnabled = "FALSE"} in Windows
   * 2003/2008 guests. Ids from the PCI ID Repository (pci.ids, vendor 14e4): 164e NetXtreme II
   * BCM57710, 164f BCM57711, 1650 BCM57711E; the same three ids ESXi 6.7's passthru.map lists
   * (DOMAIN.md 7.1).
   */
  private static final Map<PciId, String> BROADCOM_5771X = Map.of(
      PciId.of(0x14e4, 0x164e), "Broadcom 57710",
      PciId.of(0x14e4, 0x164f), "Broadcom 57711",
      PciId.of(0x14e4, 0x1650), "Broadcom 57711E");

  /**
   * The guide (DOMAIN.md 3): known to work with the default MSI mode on Windows 2003: QLogic Fibre
   * Channel 2500 series (1077:2532, ISP2532), LSI SAS 1068E (1000:0058), Intel 82598 (the ids
   * ESXi 6.7's passthru.map lists for it: 10b6, 10c6, 10c7, 10c8, 10dd).
   */
  private static final Set<PciId> MSI_OK_ON_WINDOWS_2003 = Set.of(
      PciId.of(0x1077, 0x2532), PciId.of(0x1000, 0x0058),
      PciId.of(0x8086, 0x10b6), PciId.of(0x8086, 0x10c6), PciId.of(0x8086, 0x10c7),
      PciId.of(0x8086, 0x10c8), PciId.of(0x8086, 0x10dd));

  private InterruptDevices() {}

  /** The model name when the ids are a Broadcom 57710/57711, else empty. */
  static Optional<String> broadcom5771x(PciId id) {
    return Optional.ofNullable(BROADCOM_5771X.get(id));
  }

  /** True for the devices the guide names as working with MSI in Windows 2003 guests. */
  static boolean msiOkOnWindows2003(PciId id) {
    return MSI_OK_ON_WINDOWS_2003.contains(id);
  }
}
