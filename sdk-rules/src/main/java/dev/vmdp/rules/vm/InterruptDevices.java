package dev.vmdp.rules.vm;

import dev.vmdp.model.pci.PciId;
import java.util.Map;
import java.util.Optional;

/** Model names for the messages of the interrupt rules (the facts live in DeviceKnowledge). */
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

  private InterruptDevices() {}

  /**
   * The model name of a Broadcom 57710/57711, for messages; which devices need IOAPIC mode is
   * {@link dev.vmdp.rules.knowledge.DeviceKnowledge#needsIoapicOnOldWindows}'s to say.
   */
  static Optional<String> modelName(PciId id) {
    return Optional.ofNullable(BROADCOM_5771X.get(id));
  }
}
