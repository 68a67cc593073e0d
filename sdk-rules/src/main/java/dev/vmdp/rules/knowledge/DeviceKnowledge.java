package dev.vmdp.rules.knowledge;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What vmdp knows about PCI devices (DOMAIN.md 2, 3, 6 and 8): the devices the guide names as
 * supported, the ones known to work with MSI on Windows 2003, the ones that need IOAPIC mode on
 * old Windows, the VMkernel modules that prove the IOMMU is active, and the reset quirks of the
 * Linux lists. Every part can be extended or replaced by a site; the {@code with} methods return
 * copies.
 *
 * <pre>{@code
 * DeviceKnowledge d = DeviceKnowledge.standard();
 * d.supportedFor(EsxVersion.ESX_4_0);                      // Optional[[14e4:164e, ..., 8086:10dd]]
 * d.supportedFor(EsxVersion.ESX_6_7);                      // Optional.empty(): no list, VMDP205 stays silent
 * d.needsIoapicOnOldWindows(PciId.of(0x14e4, 0x164f));     // true
 * d.quirksOf(PciId.of(0x8086, 0x1502));                    // [Intel 8086:1502 does not support FLR properly]
 * DeviceKnowledge site = d.withSupported(EsxVersion.ESX_7_0, List.of(PciId.of(0x10de, 0x1eb8)))
 *     .withIommuModules(List.of("vtddmar", "iommu"));
 * }</pre>
 */
public final class DeviceKnowledge {
  /** Intel 82598 10 GbE family: the ids ESXi 6.7's passthru.map lists for it (DOMAIN.md 7.1). */
  private static final List<PciId> INTEL_82598 = ids(0x8086, 0x10b6, 0x10c6, 0x10c7, 0x10c8, 0x10dd);
  /** Broadcom 57710 ({@code 14e4:164e}) and 57711 ({@code 14e4:164f}, {@code 14e4:1650}) (DOMAIN.md 7.1). */
  private static final List<PciId> BROADCOM_57710_57711 = ids(0x14e4, 0x164e, 0x164f, 0x1650);

  /** QLogic FC 2500 series ({@code 1077:2532}) and LSI SAS 1068E ({@code 1000:0058}). */
  private static final List<PciId> QLOGIC_2500_LSI_1068E = List.of(PciId.of(0x1077, 0x2532), PciId.of(0x1000, 0x0058));

  /**
   * The guide's "PCI Device Compatibility" list for ESX 4.x (DOMAIN.md 3): Intel 82598 10 GbE and
   * Broadcom 57710/57711 10 GbE, and the devices it names as known to work (QLogic FC 2500 series,
   * LSI SAS 1068E). The guide covers ESX 4.0 and 4.1; no later list is built in.
   */
  private static final Set<PciId> GUIDE_SUPPORTED = union(union(INTEL_82598, BROADCOM_57710_57711),
      QLOGIC_2500_LSI_1068E);

  /**
   * Known to work with the default MSI mode on Windows 2003 (the guide, DOMAIN.md 3): QLogic FC
   * 2500 series ({@code 1077:2532}), LSI SAS 1068E ({@code 1000:0058}), Intel 82598.
   */
  private static final Set<PciId> MSI_ON_WINDOWS_2003 = union(QLOGIC_2500_LSI_1068E, INTEL_82598);

  /**
   * Need {@code msiEnabled = "FALSE"} (physical IOAPIC mode) in Windows 2003/2008 guests: Broadcom
   * 57710/57711 (the guide, DOMAIN.md 6: yellow device in Device Manager).
   */
  private static final Set<PciId> IOAPIC_ON_OLD_WINDOWS = union(BROADCOM_57710_57711, List.of());

  /**
   * VMkernel modules whose presence in {@code esxcfg-module --list} proves the IOMMU active
   * (DOMAIN.md 2, marked uncertain: a configurable list).
   */
  private static final List<String> IOMMU_MODULES = List.of("vtddmar", "iommu", "amd_iommu", "amdiommu",
      "dma_mapper_iommu");
  /** The AMD IOMMU modules among them (DOMAIN.md 2). */
  private static final List<String> AMD_IOMMU_MODULES = List.of("amd_iommu", "amdiommu");

  /** Reset quirks from Linux experience (DOMAIN.md 8, the kernel's PCI quirk tables). */
  private static final List<DeviceQuirk> QUIRKS = List.of(
      DeviceQuirk.of(0x168c, 0x0030, 0x0030, ResetQuirk.NO_BUS_RESET, "Atheros 168c:0030"),
      DeviceQuirk.of(0x168c, 0x0032, 0x0034, ResetQuirk.NO_BUS_RESET, "Atheros 168c:0032-0034"),
      DeviceQuirk.of(0x168c, 0x003c, 0x003c, ResetQuirk.NO_BUS_RESET, "Atheros 168c:003c"),
      DeviceQuirk.of(0x168c, 0x003e, 0x003e, ResetQuirk.NO_BUS_RESET, "Atheros 168c:003e"),
      DeviceQuirk.of(0x10de, 0x1eb8, 0x1eb8, ResetQuirk.NO_BUS_RESET, "NVIDIA 10de:1eb8"),
      DeviceQuirk.of(0x10de, 0x2340, 0x237f, ResetQuirk.NO_BUS_RESET, "NVIDIA 10de:2340-237f"),
      DeviceQuirk.of(0x1b21, 0x1164, 0x1164, ResetQuirk.NO_BUS_RESET, "ASMedia 1b21:1164"),
      DeviceQuirk.of(0x8086, 0x1502, 0x1503, ResetQuirk.NO_PROPER_FLR, "Intel 8086:1502-1503"),
      DeviceQuirk.of(0x1022, 0x1486, 0x1487, ResetQuirk.NO_PROPER_FLR, "AMD 1022:1486-1487"),
      DeviceQuirk.of(0x1022, 0x148c, 0x148c, ResetQuirk.NO_PROPER_FLR, "AMD 1022:148c"),
      DeviceQuirk.of(0x1022, 0x149c, 0x149c, ResetQuirk.NO_PROPER_FLR, "AMD 1022:149c"),
      DeviceQuirk.of(0x1022, 0x7901, 0x7901, ResetQuirk.NO_PROPER_FLR, "AMD 1022:7901"),
      DeviceQuirk.displayOffRootBus(0x1002, ResetQuirk.NO_D3D0_RESET, "AMD GPUs (1002, display class) off the root bus"),
      DeviceQuirk.of(0x15b3, 0xcb84, 0xcb84, ResetQuirk.NO_D3D0_RESET, "Mellanox 15b3:cb84"),
      DeviceQuirk.of(0x15b3, 0xcf6c, 0xcf6c, ResetQuirk.NO_D3D0_RESET, "Mellanox 15b3:cf6c"),
      DeviceQuirk.of(0x15b3, 0xcf70, 0xcf70, ResetQuirk.NO_D3D0_RESET, "Mellanox 15b3:cf70"),
      DeviceQuirk.of(0x15b3, 0xcf80, 0xcf80, ResetQuirk.NO_D3D0_RESET, "Mellanox 15b3:cf80"));

  private final Map<EsxVersion, Set<PciId>> supported;
  private final Set<PciId> msiOnWindows2003;
  private final Set<PciId> ioapicOnOldWindows;
  private final List<String> iommuModules;
  private final List<String> amdIommuModules;
  private final List<DeviceQuirk> quirks;

  private DeviceKnowledge(Map<EsxVersion, Set<PciId>> supported, Set<PciId> msiOnWindows2003,
      Set<PciId> ioapicOnOldWindows, List<String> iommuModules, List<String> amdIommuModules,
      List<DeviceQuirk> quirks) {
    this.supported = Map.copyOf(supported);
    this.msiOnWindows2003 = msiOnWindows2003;
    this.ioapicOnOldWindows = ioapicOnOldWindows;
    this.iommuModules = List.copyOf(iommuModules);
    this.amdIommuModules = List.copyOf(amdIommuModules);
    this.quirks = List.copyOf(quirks);
  }

  /** The built-in device knowledge. */
  public static DeviceKnowledge standard() {
    return new DeviceKnowledge(Map.of(EsxVersion.ESX_4_0, GUIDE_SUPPORTED, EsxVersion.ESX_4_1, GUIDE_SUPPORTED),
        MSI_ON_WINDOWS_2003, IOAPIC_ON_OLD_WINDOWS, IOMMU_MODULES, AMD_IOMMU_MODULES, QUIRKS);
  }

  /**
   * The devices known to be supported on a version (its release: 4.1 for 4.1 Update 2).
   *
   * @param version the host version
   * @return the ids in ascending order, or empty when vmdp has no list for the version (the
   *     built-in lists are the guide's, for ESX 4.0 and 4.1; VMware's later compatibility data is
   *     not built in)
   */
  public Optional<Set<PciId>> supportedFor(EsxVersion version) {
    return Optional.ofNullable(supported.get(version.release()));
  }

  /**
   * Whether a device is on the version's known-supported list.
   *
   * @param id the device
   * @param version the host version
   * @return true or false, or empty when there is no list for the version
   */
  public Optional<Boolean> knownSupported(PciId id, EsxVersion version) {
    return supportedFor(version).map(s -> s.contains(id));
  }

  /**
   * A copy whose list for the version's release also holds these devices (creating the list when
   * there was none, which makes VMDP205 check that version).
   *
   * @param version the host version (its update level is ignored)
   * @param ids the devices to add
   * @return the copy
   */
  public DeviceKnowledge withSupported(EsxVersion version, Collection<PciId> ids) {
    Map<EsxVersion, Set<PciId>> m = new HashMap<>(supported);
    m.put(version.release(), union(m.getOrDefault(version.release(), Set.of()), ids));
    return new DeviceKnowledge(m, msiOnWindows2003, ioapicOnOldWindows, iommuModules, amdIommuModules, quirks);
  }

  /**
   * A copy where every known-supported list (one per release vmdp has a list for) also holds these
   * devices: a site's own supported devices, whatever release the host runs. Releases without a
   * list keep none, so VMDP205 stays silent for them as before.
   *
   * @param ids the devices to add
   * @return the copy
   */
  public DeviceKnowledge withSupportedOnEveryList(Collection<PciId> ids) {
    Map<EsxVersion, Set<PciId>> m = new HashMap<>();
    supported.forEach((version, list) -> m.put(version, union(list, ids)));
    return new DeviceKnowledge(m, msiOnWindows2003, ioapicOnOldWindows, iommuModules, amdIommuModules, quirks);
  }

  /**
   * A copy without a list for the version's release (VMDP205 then stays silent for it).
   *
   * @param version the host version (its update level is ignored)
   * @return the copy
   */
  public DeviceKnowledge withoutSupportedList(EsxVersion version) {
    Map<EsxVersion, Set<PciId>> m = new HashMap<>(supported);
    m.remove(version.release());
    return new DeviceKnowledge(m, msiOnWindows2003, ioapicOnOldWindows, iommuModules, amdIommuModules, quirks);
  }

  /** The devices known to work with the default MSI mode in Windows 2003 guests, ascending. */
  public Set<PciId> knownMsiOnWindows2003() {
    return msiOnWindows2003;
  }

  /** True when the device is known to work with the default MSI mode in Windows 2003 guests. */
  public boolean knownToWorkWithMsiOnWindows2003(PciId id) {
    return msiOnWindows2003.contains(id);
  }

  /**
   * True when the device needs {@code pciPassthruN.msiEnabled = "FALSE"} in Windows 2003/2008
   * guests (Broadcom 57710/57711, rule VMDP306).
   */
  public boolean needsIoapicOnOldWindows(PciId id) {
    return ioapicOnOldWindows.contains(id);
  }

  /** The devices that need IOAPIC mode on Windows 2003/2008, ascending. */
  public Set<PciId> ioapicOnOldWindows() {
    return ioapicOnOldWindows;
  }

  /**
   * A copy where these devices also need IOAPIC mode on Windows 2003/2008.
   *
   * @param ids the devices to add
   * @return the copy
   */
  public DeviceKnowledge withIoapicOnOldWindows(Collection<PciId> ids) {
    return new DeviceKnowledge(supported, msiOnWindows2003, union(ioapicOnOldWindows, ids), iommuModules,
        amdIommuModules, quirks);
  }

  /**
   * A copy where these devices are also known to work with MSI on Windows 2003.
   *
   * @param ids the devices to add
   * @return the copy
   */
  public DeviceKnowledge withMsiOnWindows2003(Collection<PciId> ids) {
    return new DeviceKnowledge(supported, union(msiOnWindows2003, ids), ioapicOnOldWindows, iommuModules,
        amdIommuModules, quirks);
  }

  /** The modules that prove an active IOMMU when a module list shows one, in order. */
  public List<String> iommuModules() {
    return iommuModules;
  }

  /** The AMD IOMMU modules (their presence shows an AMD-Vi IOMMU), in order. */
  public List<String> amdIommuModules() {
    return amdIommuModules;
  }

  /**
   * A copy with another list of IOMMU modules (replacing the built-in one); AMD modules not in the
   * new list are dropped from {@link #amdIommuModules()}.
   *
   * @param modules the module names, exact, non-blank
   * @return the copy
   * @throws IllegalArgumentException naming the value when a name is blank or the list is empty
   */
  public DeviceKnowledge withIommuModules(Collection<String> modules) {
    List<String> list = List.copyOf(new LinkedHashSet<>(modules));
    if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("DeviceKnowledge iommuModules must be non-blank names, was " + modules);
    }
    List<String> amd = amdIommuModules.stream().filter(list::contains).collect(Collectors.toUnmodifiableList());
    return new DeviceKnowledge(supported, msiOnWindows2003, ioapicOnOldWindows, list, amd, quirks);
  }

  /**
   * A copy with another list of AMD IOMMU modules; each is also added to {@link #iommuModules()}.
   *
   * @param modules the module names, exact, non-blank
   * @return the copy
   * @throws IllegalArgumentException naming the value when a name is blank
   */
  public DeviceKnowledge withAmdIommuModules(Collection<String> modules) {
    List<String> amd = List.copyOf(new LinkedHashSet<>(modules));
    if (amd.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("DeviceKnowledge amdIommuModules must be non-blank names, was " + modules);
    }
    LinkedHashSet<String> all = new LinkedHashSet<>(iommuModules);
    all.addAll(amd);
    return new DeviceKnowledge(supported, msiOnWindows2003, ioapicOnOldWindows, List.copyOf(all), amd, quirks);
  }

  /**
   * The reset quirks known for a device.
   *
   * @param id the device
   * @return the quirks in list order; empty when none is known
   */
  public List<DeviceQuirk> resetQuirksOf(PciId id) {
    return quirks.stream().filter(q -> q.matches(id)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The reset quirks that apply to a host function: those of its id, except a quirk limited to
   * display-class functions off the root bus when the function is not one (or its class or place
   * is not known).
   *
   * @param id the function's id
   * @param classCode the function's class, empty when not known
   * @param onRootBus whether it sits on a root bus, empty when not known
   * @return the quirks in list order; empty when none applies
   */
  public List<DeviceQuirk> resetQuirksOf(PciId id, Optional<dev.vmdp.model.pci.ClassCode> classCode,
      Optional<Boolean> onRootBus) {
    return quirks.stream().filter(q -> q.appliesTo(id, classCode, onRootBus)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The reset quirks of a device in words, for another rule to attach to its findings.
   *
   * @param id the device
   * @return the descriptions ({@code Intel 8086:1502-1503 does not support FLR properly}); empty when none is known
   */
  public List<String> quirksOf(PciId id) {
    return resetQuirksOf(id).stream().map(DeviceQuirk::description).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether a device is known to have a quirk.
   *
   * @param id the device
   * @param quirk the quirk
   * @return true when a known quirk entry matches
   */
  public boolean hasQuirk(PciId id, ResetQuirk quirk) {
    return quirks.stream().anyMatch(q -> q.quirk() == quirk && q.matches(id));
  }

  /**
   * A copy that also knows this quirk.
   *
   * @param quirk the quirk
   * @return the copy
   */
  public DeviceKnowledge withQuirk(DeviceQuirk quirk) {
    List<DeviceQuirk> list = new ArrayList<>(quirks);
    list.add(Objects.requireNonNull(quirk, "quirk"));
    return new DeviceKnowledge(supported, msiOnWindows2003, ioapicOnOldWindows, iommuModules, amdIommuModules, list);
  }

  /** Every quirk known, in order. */
  public List<DeviceQuirk> quirks() {
    return quirks;
  }

  private static List<PciId> ids(int vendor, int... devices) {
    List<PciId> l = new ArrayList<>();
    for (int d : devices) {
      l.add(PciId.of(vendor, d));
    }
    return List.copyOf(l);
  }

  private static Set<PciId> union(Collection<PciId> a, Collection<PciId> b) {
    Set<PciId> s = new java.util.TreeSet<>(a);
    s.addAll(b);
    return Collections.unmodifiableSet(s);
  }
}
