package dev.vmdp.rules.knowledge;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFormatException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What vmdp knows about VMware products, each fact with its source (DOMAIN.md, the guide, KB
 * articles): which virtual hardware each product introduced, since when VMDirectPath exists, how
 * many passthrough devices a VM may have, and which {@code pciPassthruN.id} forms each version
 * writes and accepts. Per-version facts hold from their version until the next listed one.
 *
 * <pre>{@code
 * ProductKnowledge p = ProductKnowledge.standard();
 * p.oldestProductFor(7);                                   // ESX 4.0
 * p.hardwareVersionOf(EsxVersion.parse("6.7U2"));          // 15
 * p.passthroughDeviceLimit(EsxVersion.ESX_8_0_U1);         // 64
 * p.idFormFor(EsxVersion.ESX_6_7);                         // LONG
 * p.idProblem("0000:af:00.0", EsxVersion.ESX_6_7);         // Optional[HEX_DIGITS]
 * ProductKnowledge site = p.withPassthroughDeviceLimit(EsxVersion.ESX_6_5, 6);
 * }</pre>
 */
public final class ProductKnowledge {
  /** virtualHW.version by the first product that wrote it (DOMAIN.md 4). */
  private static final NavigableMap<EsxVersion, Integer> HARDWARE = new TreeMap<>(Map.ofEntries(
      Map.entry(EsxVersion.ESX_3_5, 4),
      Map.entry(EsxVersion.ESX_4_0, 7),
      Map.entry(EsxVersion.ESX_5_0, 8),
      Map.entry(EsxVersion.ESX_5_1, 9),
      Map.entry(EsxVersion.ESX_5_5, 10),
      Map.entry(EsxVersion.ESX_6_0, 11),
      Map.entry(EsxVersion.ESX_6_5, 13),
      Map.entry(EsxVersion.ESX_6_7, 14),
      Map.entry(EsxVersion.ESX_6_7_U2, 15),
      Map.entry(EsxVersion.ESX_7_0, 17),
      Map.entry(EsxVersion.ESX_7_0_U1, 18),
      Map.entry(EsxVersion.ESX_7_0_U2, 19),
      Map.entry(EsxVersion.ESX_8_0, 20),
      Map.entry(EsxVersion.ESX_8_0_U2, 21),
      Map.entry(EsxVersion.ESX_9_0, 22)));

  /** The first version with VMDirectPath (the guide; DOMAIN.md 2 and 4: ESX 3.x has no passthrough). */
  private static final EsxVersion FIRST_PASSTHROUGH = EsxVersion.ESX_4_0;

  /** The minimum virtual hardware for Dynamic DirectPath I/O, {@code allowedDevices} (DOMAIN.md 4, ESXi 7.0). */
  private static final int DYNAMIC_DIRECTPATH_MIN_HW = 17;

  /**
   * Passthrough devices per VM, from each version until the next (the guide for 4.0; KB 1010789
   * revisions for later versions, DOMAIN.md 3). 6.5 and 6.7 are listed on their own because their
   * administration guides say six, which conflicts with KB 1010789's 16.
   */
  private static final NavigableMap<EsxVersion, Integer> DEVICE_LIMITS = new TreeMap<>(Map.ofEntries(
      Map.entry(EsxVersion.ESX_4_0, 2),
      Map.entry(EsxVersion.ESX_4_1, 4),
      Map.entry(EsxVersion.ESX_5_0, 4),
      Map.entry(EsxVersion.ESX_5_5, 16),
      Map.entry(EsxVersion.ESX_6_5, 16),
      Map.entry(EsxVersion.ESX_7_0, 16),
      Map.entry(EsxVersion.ESX_8_0, 32),
      Map.entry(EsxVersion.ESX_8_0_U1, 64),
      Map.entry(EsxVersion.ESX_8_0_U2, 128)));

  /**
   * Passthrough devices per VM by virtual hardware, from each version until the next (KB 1010789's
   * current text, DOMAIN.md 3: 16 for HW 13-19, 64 for HW 20 (on 8.0 U1), 128 for HW 21). Older
   * virtual hardware has no limit of its own in the sources: only the host's applies to it.
   */
  private static final NavigableMap<Integer, Integer> HARDWARE_DEVICE_LIMITS = new TreeMap<>(Map.of(
      13, 16,
      20, 64,
      21, 128));

  /** Notes on conflicting limit sources, keyed like the limit they qualify (DOMAIN.md 3). */
  private static final Map<EsxVersion, String> DEVICE_LIMIT_NOTES = Map.of(
      EsxVersion.ESX_6_5, "KB 1010789 says 16; the vSphere 6.5/6.7 administration guides say 6");

  /**
   * The id form each version writes (DOMAIN.md 5.5: ESX 4.x the short {@code BB:DD.F}, later ESXi
   * the all-decimal {@code SSSSS:BBB:DD.F}). The exact version that switched is not documented;
   * vmdp assumes 5.0, the first ESXi-only release.
   */
  private static final NavigableMap<EsxVersion, VmxIdForm> WRITTEN_FORM = new TreeMap<>(Map.of(
      EsxVersion.ESX_4_0, VmxIdForm.SHORT,
      EsxVersion.ESX_5_0, VmxIdForm.LONG));

  /**
   * The id forms each version accepts. ESX 4.x knows only the short form it writes. Later ESXi
   * reads both (its own parser and libvirt's accept {@code 03:00.0}; DOMAIN.md 5.5 marks the
   * widths uncertain), so vmdp flags there only what is known to fail: hex letters and a wrong
   * shape.
   */
  private static final NavigableMap<EsxVersion, Set<VmxIdForm>> ACCEPTED_FORMS = new TreeMap<>(Map.of(
      EsxVersion.ESX_4_0, Set.of(VmxIdForm.SHORT),
      EsxVersion.ESX_5_0, Set.of(VmxIdForm.SHORT, VmxIdForm.LONG)));

  /** The {@code lspci -D} shape: a 4-digit segment, which ESX never writes (DOMAIN.md 5.5, 7.3). */
  /** The lspci {@code -D} shape of an address, {@code 0000:65:00.0}; compiled once (every id of every VM is tested). */
  private static final Pattern LSPCI_SHAPE = Pattern.compile("\\d{4}:\\d{2}:\\d{2}\\.\\d");

  private final NavigableMap<EsxVersion, Integer> deviceLimits;
  private final Map<EsxVersion, String> deviceLimitNotes;

  private ProductKnowledge(NavigableMap<EsxVersion, Integer> deviceLimits, Map<EsxVersion, String> notes) {
    this.deviceLimits = Collections.unmodifiableNavigableMap(deviceLimits);
    this.deviceLimitNotes = Map.copyOf(notes);
  }

  /** The built-in product knowledge. */
  public static ProductKnowledge standard() {
    return new ProductKnowledge(new TreeMap<>(DEVICE_LIMITS), DEVICE_LIMIT_NOTES);
  }

  /**
   * The newest virtual hardware version a product runs.
   *
   * @param version the product version
   * @return the hardware version, or empty for products older than ESX 3.5
   */
  public Optional<Integer> hardwareVersionOf(EsxVersion version) {
    Map.Entry<EsxVersion, Integer> e = HARDWARE.floorEntry(version);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /**
   * The oldest product that runs a virtual hardware version.
   *
   * @param hardwareVersion the VM's {@code virtualHW.version}
   * @return the product, or empty when no known product runs it
   */
  public Optional<EsxVersion> oldestProductFor(int hardwareVersion) {
    for (Map.Entry<EsxVersion, Integer> e : HARDWARE.entrySet()) {
      if (e.getValue() >= hardwareVersion) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The first version with VMDirectPath: ESX 4.0. */
  public EsxVersion firstPassthroughVersion() {
    return FIRST_PASSTHROUGH;
  }

  /** True when the version has VMDirectPath (ESX 4.0 or later). */
  public boolean supportsPassthrough(EsxVersion version) {
    return version.isAtLeast(FIRST_PASSTHROUGH);
  }

  /** The minimum {@code virtualHW.version} for Dynamic DirectPath I/O ({@code allowedDevices}): 17. */
  public int dynamicDirectPathMinimumHardwareVersion() {
    return DYNAMIC_DIRECTPATH_MIN_HW;
  }

  /**
   * The most passthrough devices one VM may have on a version.
   *
   * @param version the host version
   * @return the limit, or empty for versions without VMDirectPath
   */
  public Optional<Integer> passthroughDeviceLimit(EsxVersion version) {
    Map.Entry<EsxVersion, Integer> e = deviceLimits.floorEntry(version);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /**
   * The most passthrough devices one VM may have: the limit of the pair (host product, virtual
   * hardware), the smaller of the host's limit and the hardware version's (DOMAIN.md 3: a HW 19 VM
   * keeps 16 on an 8.0 U2 host; HW 20 gets 32 on 8.0 and 64 on 8.0 U1).
   *
   * @param version the host version
   * @param hardwareVersion the VM's {@code virtualHW.version}; empty when the VM does not say
   * @return the limit, or empty for versions without VMDirectPath
   */
  public Optional<Integer> passthroughDeviceLimit(EsxVersion version, java.util.OptionalInt hardwareVersion) {
    Optional<Integer> host = passthroughDeviceLimit(version);
    if (host.isEmpty() || hardwareVersion.isEmpty()) {
      return host;
    }
    Map.Entry<Integer, Integer> hw = HARDWARE_DEVICE_LIMITS.floorEntry(hardwareVersion.getAsInt());
    return hw == null ? host : Optional.of(Math.min(host.get(), hw.getValue()));
  }

  /**
   * Whether a product runs a virtual hardware version: false when the version is newer than the
   * newest the product runs (HW 21 needs 8.0 U2, DOMAIN.md 4).
   *
   * @param version the host version
   * @param hardwareVersion the VM's {@code virtualHW.version}
   * @return true when the product runs it
   */
  public boolean runsHardwareVersion(EsxVersion version, int hardwareVersion) {
    return hardwareVersionOf(version).map(max -> hardwareVersion <= max).orElse(false);
  }

  /**
   * What the sources disagree on about the version's device limit (for 6.5 and 6.7: KB 1010789
   * says 16, the administration guides six).
   *
   * @param version the host version
   * @return the note, or empty when the sources agree or none is known
   */
  public Optional<String> passthroughDeviceLimitNote(EsxVersion version) {
    Map.Entry<EsxVersion, Integer> e = deviceLimits.floorEntry(version);
    return e == null ? Optional.empty() : Optional.ofNullable(deviceLimitNotes.get(e.getKey()));
  }

  /**
   * A copy with another device limit from a version on (until the next version with a limit of
   * its own), e.g. a site that follows the 6.5/6.7 administration guides' six.
   *
   * @param from the first version the limit applies to
   * @param limit the most passthrough devices per VM, at least 1
   * @return the copy
   * @throws IllegalArgumentException naming the limit when it is below 1
   */
  public ProductKnowledge withPassthroughDeviceLimit(EsxVersion from, int limit) {
    Objects.requireNonNull(from, "from");
    if (limit < 1) {
      throw new IllegalArgumentException("ProductKnowledge passthrough device limit must be >= 1, was " + limit);
    }
    NavigableMap<EsxVersion, Integer> limits = new TreeMap<>(deviceLimits);
    limits.put(from, limit);
    Map<EsxVersion, String> notes = new HashMap<>(deviceLimitNotes);
    notes.remove(from);
    return new ProductKnowledge(limits, notes);
  }

  /**
   * The form a version writes into {@code pciPassthruN.id}.
   *
   * @param version the host version
   * @return {@link VmxIdForm#SHORT} up to ESX 4.x (also for versions without VMDirectPath), else
   *     {@link VmxIdForm#LONG}
   */
  public VmxIdForm idFormFor(EsxVersion version) {
    Map.Entry<EsxVersion, VmxIdForm> e = WRITTEN_FORM.floorEntry(version);
    return e == null ? VmxIdForm.SHORT : e.getValue();
  }

  /**
   * The forms a version accepts in {@code pciPassthruN.id}.
   *
   * @param version the host version
   * @return the short form alone up to ESX 4.x, both forms later
   */
  public Set<VmxIdForm> acceptedIdForms(EsxVersion version) {
    Map.Entry<EsxVersion, Set<VmxIdForm>> e = ACCEPTED_FORMS.floorEntry(version);
    return e == null ? Set.of(VmxIdForm.SHORT) : e.getValue();
  }

  /**
   * Checks a {@code pciPassthruN.id} value against a version (rule VMDP210). Surrounding blanks
   * are ignored; hex letters, and the {@code lspci -D} shape when its hex reading differs from the
   * decimal one ({@code 0000:65:00.0}, not {@code 0000:03:00.0}), are malformed on every version.
   *
   * @param id the value as decoded from the .vmx
   * @param version the host version
   * @return what is wrong, or empty when the version accepts the value
   */
  public Optional<IdProblem> idProblem(String id, EsxVersion version) {
    String t = id.strip();
    Optional<VmxIdForm> form = formOf(t);
    if (form.isEmpty()) {
      String asDigits = t.replaceAll("[a-fA-F]", "0");
      boolean hexShape = !asDigits.equals(t)
          && (formOf(asDigits).isPresent() || asDigits.matches("\\d{1,4}:\\d{1,2}:\\d{1,2}\\.\\d"));
      return Optional.of(hexShape ? IdProblem.HEX_DIGITS : IdProblem.SHAPE);
    }
    PciAddress decimal;
    try {
      decimal = PciAddress.parseVmx(t);
    } catch (PciFormatException e) {
      return Optional.of(IdProblem.OUT_OF_RANGE);
    }
    if (LSPCI_SHAPE.matcher(t).matches() && !PciAddress.parse(t).equals(decimal)) {
      return Optional.of(IdProblem.LSPCI_FORM);
    }
    return acceptedIdForms(version).contains(form.get()) ? Optional.empty() : Optional.of(IdProblem.WRONG_FORM);
  }

  /**
   * The value a version would write for the address a malformed id most likely means: a value with
   * hex letters or in the {@code lspci -D} shape read as an lspci (hex) address, any other
   * well-formed value read as decimal.
   *
   * @param id the value as decoded from the .vmx
   * @param version the host version
   * @return the value in {@link #idFormFor(EsxVersion)}, or empty when the id names no address
   */
  public Optional<String> suggestedId(String id, EsxVersion version) {
    String t = id.strip();
    PciAddress a;
    try {
      a = formOf(t).isPresent() && !LSPCI_SHAPE.matcher(t).matches() ? PciAddress.parseVmx(t) : PciAddress.parse(t);
    } catch (PciFormatException e) {
      return Optional.empty();
    }
    VmxIdForm form = idFormFor(version);
    if (form == VmxIdForm.SHORT && a.segment() != 0) {
      return Optional.empty();
    }
    return Optional.of(form.format(a));
  }

  private static Optional<VmxIdForm> formOf(String t) {
    for (VmxIdForm f : EnumSet.allOf(VmxIdForm.class)) {
      if (f.matches(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
