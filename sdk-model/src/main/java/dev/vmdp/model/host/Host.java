package dev.vmdp.model.host;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.VmdpStyle;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ESX host as the rules see it: product version, CPU and IOMMU, system UUID, PCI topology with
 * capabilities, passthrough states, VMkernel ownership and the passthru.map policy.
 *
 * <p>Every fact that was not given stays unknown (empty), and a rule that lacks its evidence stays
 * silent or says "not verified". An empty module list ({@code loadedModules} = empty set) is a
 * fact; no module list at all is {@code Optional.empty()}.
 *
 * <pre>{@code
 * Host esx = Host.builder()
 *     .name("esx01")
 *     .version(EsxVersion.parse("4.0"))
 *     .cpuVendor(CpuVendor.INTEL)
 *     .iommu(Iommu.builder().kind(IommuKind.INTEL_VTD).build())
 *     .topology(PciTopology.of(nic))
 *     .putPassthroughState(nic.address(), PassthroughState.ACTIVE)
 *     .build();
 * esx.device("0000:03:00.0");   // the NIC, or a VmdpException naming the address
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class Host {

  /** The host's name, never blank. */
  public abstract String name();

  /** The product version, when known. */
  public abstract Optional<EsxVersion> version();

  /** The CPU vendor, when known. */
  public abstract Optional<CpuVendor> cpuVendor();

  /** What is known about the IOMMU; {@link Iommu#unknown()} by default. */
  @Value.Default
  public Iommu iommu() {
    return Iommu.unknown();
  }

  /** The host's system UUID ({@code /system/uuid} in esx.conf), when known. */
  public abstract Optional<String> systemUuid();

  /** The PCI functions and their topology; {@link PciTopology#empty()} when nothing is known. */
  @Value.Default
  public PciTopology topology() {
    return PciTopology.empty();
  }

  /** Passthrough states given explicitly (from the vSphere API, or by a user); may be partial. */
  public abstract Map<PciAddress, PassthroughState> passthroughStates();

  /** Configured owners from esx.conf ({@code /device/BBB:DD.F/owner}); may be partial. */
  public abstract Map<PciAddress, Owner> owners();

  /**
   * What the host's own views said of each function ({@code esxcli hardware pci list}, then
   * {@code esxcli hardware pci pcipassthru list} and {@code lspci -p}, merged by the host
   * assembler); may be partial.
   */
  public abstract Map<PciAddress, HostDeviceReport> deviceReports();

  /** The passthru.map; {@link PassthruMap#empty()} when none was given. */
  @Value.Default
  public PassthruMap passthruMap() {
    return PassthruMap.empty();
  }

  /**
   * The VMkernel modules a module list ({@code esxcfg-module --list}) showed as loaded; empty when
   * no module list was given, which is different from an empty list.
   */
  public abstract Optional<Set<String>> loadedModules();

  /** Problems found while reading the host's files. */
  public abstract List<Diagnostic> diagnostics();

  /**
   * Where facts came from, keyed by a name the reader chooses (an esx.conf key such as
   * {@code /system/uuid}, or a fact name such as {@code version}).
   */
  public abstract Map<String, SourceRef> sources();

  /** The same host with another version. */
  public abstract Host withVersion(EsxVersion version);

  /** The same host with another topology. */
  public abstract Host withTopology(PciTopology topology);

  /** The same host with another passthru.map. */
  public abstract Host withPassthruMap(PassthruMap passthruMap);

  /** The same host with other IOMMU facts. */
  public abstract Host withIommu(Iommu iommu);

  /**
   * The function at an address given in any form {@link PciAddress#parse(String)} accepts.
   *
   * @param address the address, e.g. {@code 0000:03:00.0}
   * @return the function
   * @throws VmdpException naming the host and the address when the host has no such function or
   *     the text is no address
   */
  public PciFunction device(String address) {
    return device(PciAddress.parse(address));
  }

  /**
   * The function at an address.
   *
   * @param address the address
   * @return the function
   * @throws VmdpException naming the host and the address when the host has no such function
   */
  public PciFunction device(PciAddress address) {
    return topology().function(address).orElseThrow(() -> new VmdpException(
        "host '" + name() + "' has no PCI function " + address + " (" + topology().size() + " known)"));
  }

  /** The function at the address, or empty when the host has none there. */
  public Optional<PciFunction> function(PciAddress address) {
    return topology().function(address);
  }

  /** What esxcli said of the function, or empty when it was not reported. */
  public Optional<HostDeviceReport> deviceReport(PciAddress address) {
    return Optional.ofNullable(deviceReports().get(address));
  }

  /**
   * The passthrough state of the function: the explicit state when given, else the one its esxcli
   * report implies, else empty.
   */
  public Optional<PassthroughState> passthroughState(PciAddress address) {
    PassthroughState s = passthroughStates().get(address);
    if (s != null) {
      return Optional.of(s);
    }
    return deviceReport(address).flatMap(HostDeviceReport::passthroughState);
  }

  /**
   * The configured owner: esxcli's {@code Configured Owner} when reported, else the esx.conf owner,
   * else the explicit passthrough state's configured side, else empty.
   */
  public Optional<Owner> configuredOwner(PciAddress address) {
    Optional<Owner> o = deviceReport(address).flatMap(HostDeviceReport::configuredOwner);
    if (o.isPresent()) {
      return o;
    }
    Owner conf = owners().get(address);
    if (conf != null) {
      return Optional.of(conf);
    }
    return Optional.ofNullable(passthroughStates().get(address))
        .map(s -> s.configured() ? Owner.PASSTHRU : Owner.VMKERNEL);
  }

  /**
   * Whether the VMkernel uses the function now: from esxcli's {@code Current Owner} when reported,
   * else from the passthrough state (not active), else from the esx.conf owner (which is the
   * current owner unless a reboot is pending), else empty.
   */
  public Optional<Boolean> vmkernelOwned(PciAddress address) {
    Optional<Owner> current = deviceReport(address).flatMap(HostDeviceReport::currentOwner);
    if (current.isPresent()) {
      return Optional.of(current.get() == Owner.VMKERNEL);
    }
    Optional<PassthroughState> s = passthroughState(address);
    if (s.isPresent()) {
      return Optional.of(!s.get().active());
    }
    return Optional.ofNullable(owners().get(address)).map(o -> o == Owner.VMKERNEL);
  }

  /**
   * The bridge or port above the function: from the topology when its bridges' bus ranges are
   * known, else esxcli's {@code Parent Device}, else empty.
   */
  public Optional<PciAddress> parentDevice(PciAddress address) {
    Optional<PciAddress> p = topology().parentBridge(address).map(PciFunction::address);
    return p.isPresent() ? p : deviceReport(address).flatMap(HostDeviceReport::parent);
  }

  /**
   * Whether one of the modules is loaded (exact names); empty when no module list was given.
   *
   * @param moduleNames the names to look for, e.g. {@code vtddmar}, {@code amd_iommu}
   * @return true when at least one is loaded
   */
  public Optional<Boolean> anyModuleLoaded(Collection<String> moduleNames) {
    return loadedModules().map(loaded -> moduleNames.stream().anyMatch(loaded::contains));
  }

  /** Where a fact came from, or empty when the reader recorded no place for it. */
  public Optional<SourceRef> sourceOf(String key) {
    return Optional.ofNullable(sources().get(key));
  }

  /** Renders as {@code Host[esx01 4.0, 12 functions]}. */
  @Override
  public String toString() {
    return "Host[" + name() + version().map(v -> " " + v).orElse("") + ", " + topology().size() + " functions]";
  }

  @Value.Check
  Host normalize() {
    if (name().isBlank()) {
      throw new IllegalStateException("Host name must not be blank, was '" + name() + "'");
    }
    if (systemUuid().filter(String::isBlank).isPresent()) {
      throw new IllegalStateException("Host systemUuid must not be blank when present, was '" + systemUuid().get() + "'");
    }
    for (Map.Entry<PciAddress, HostDeviceReport> e : deviceReports().entrySet()) {
      if (!e.getKey().equals(e.getValue().address())) {
        throw new IllegalStateException("Host deviceReports key " + e.getKey()
            + " must equal the report's address, was " + e.getValue().address());
      }
    }
    if (loadedModules().isPresent()) {
      Set<String> modules = loadedModules().get();
      Set<String> frozen = Set.copyOf(modules);
      if (frozen != modules) {
        return builder().from(this).loadedModules(frozen).build();
      }
    }
    return this;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Host} values. */
  public static final class Builder extends ImmutableHost.Builder {}
}
