package dev.vmdp.dsl;

import dev.vmdp.io.host.HostFileKind;
import dev.vmdp.io.host.HostFiles;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.CpuVendor;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Iommu;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Describes an ESX host: version, CPU and IOMMU, UUID, PCI functions (described inline or read
 * from {@code lspci} / {@code esxcli} output), passthrough states, VMkernel owners, loaded modules
 * and the passthru.map.
 *
 * <pre>{@code
 * Host esx = host("esx01").version("4.0").intelVtd()
 *     .pci("0000:03:00.0", d -> d.ids(0x8086, 0x10c6).pcie().flr())
 *     .pci("0000:02:00.0", d -> d.ids(0x14e4, 0x164f).pcie())
 *     .passthroughEnabled("0000:03:00.0", "0000:02:00.0")
 *     .build();
 * }</pre>
 *
 * <p>Files ({@link #lspci(Path)}, {@link #esxcli(Path)}, {@link #hostFiles(Path)}, ...) are read
 * together by the host assembler ({@link HostFiles}), which merges the views of one machine; what
 * is described here in code comes on top of what the files say: a function described with
 * {@link #pci} replaces the files' function at its address, and a later description of the same
 * address replaces the earlier one.
 */
public final class HostBuilder {
  private final Host.Builder b;
  private final Map<PciAddress, PciFunction> functions = new LinkedHashMap<>();
  private final Iommu.Builder iommu = Iommu.builder();
  private PassthruMap map;
  private Set<String> modules;
  private HostFiles files = HostFiles.none();

  HostBuilder(String name) {
    b = Host.builder().name(Objects.requireNonNull(name, "name"));
  }

  /**
   * Sets the product version.
   *
   * @param version e.g. {@code "4.0"}, {@code "7.0U3"}, {@code "8.0 U2"}
   * @return this builder
   */
  public HostBuilder version(String version) {
    b.version(EsxVersion.parse(version));
    return this;
  }

  /** An Intel CPU with VT-d enabled in the BIOS. */
  public HostBuilder intelVtd() {
    b.cpuVendor(CpuVendor.INTEL);
    iommu.kind(IommuKind.INTEL_VTD).biosEnabled(true);
    return this;
  }

  /** An AMD CPU with the AMD IOMMU (AMD-Vi) enabled in the BIOS. */
  public HostBuilder amdVi() {
    b.cpuVendor(CpuVendor.AMD);
    iommu.kind(IommuKind.AMD_VI).biosEnabled(true);
    return this;
  }

  /** A platform without an IOMMU. */
  public HostBuilder noIommu() {
    iommu.kind(IommuKind.NONE);
    return this;
  }

  /** The IOMMU is present but switched off in the BIOS. */
  public HostBuilder iommuDisabledInBios() {
    iommu.biosEnabled(false);
    return this;
  }

  /** A module list or host report showed the IOMMU active. */
  public HostBuilder iommuVerified() {
    iommu.verifiedActive(true);
    return this;
  }

  /**
   * Sets the modules {@code esxcfg-module --list} shows as loaded.
   *
   * @param names module names, e.g. {@code "vtddmar"}
   * @return this builder
   */
  public HostBuilder modules(String... names) {
    modules = new LinkedHashSet<>(java.util.List.of(names));
    return this;
  }

  /**
   * Reads the loaded modules from saved {@code esxcfg-module --list} output.
   *
   * @param file the output
   * @return this builder
   */
  public HostBuilder moduleList(Path file) {
    files = files.add(file, HostFileKind.MODULE_LIST);
    return this;
  }

  /**
   * Reads the host's files, each recognised by its content: a file, a folder of files, or a
   * vm-support bundle ({@code .tgz}); the host facts they hold count (the VMs and logs a folder
   * holds are not part of a host).
   *
   * @param path a file, folder or bundle
   * @return this builder
   */
  public HostBuilder hostFiles(Path path) {
    files = files.add(path);
    return this;
  }

  /**
   * Sets the host's system UUID.
   *
   * @param uuid e.g. {@code "48c4619b-6d58-18db-2a0e-000423d1e6f6"}
   * @return this builder
   */
  public HostBuilder uuid(String uuid) {
    b.systemUuid(uuid);
    return this;
  }

  /**
   * Describes a PCI function.
   *
   * @param address e.g. {@code "0000:03:00.0"} or {@code "03:00.0"}
   * @param spec what is known about it
   * @return this builder
   */
  public HostBuilder pci(String address, Consumer<PciFunctionBuilder> spec) {
    PciFunctionBuilder f = new PciFunctionBuilder(PciAddress.parse(address));
    spec.accept(f);
    return pci(f.build());
  }

  /**
   * Adds a PCI function described elsewhere.
   *
   * @param function the function
   * @return this builder
   */
  public HostBuilder pci(PciFunction function) {
    functions.put(function.address(), function);
    return this;
  }

  /**
   * Adds every function of saved {@code lspci} output ({@code -nn -vvv} gives the most).
   *
   * @param file the output
   * @return this builder
   */
  public HostBuilder lspci(Path file) {
    files = files.add(file, HostFileKind.LSPCI);
    return this;
  }

  /**
   * Adds what saved {@code esxcli hardware pci list} output says: functions (unless already
   * described) and each function's owners, reset method and shareability.
   *
   * @param file the output
   * @return this builder
   */
  public HostBuilder esxcli(Path file) {
    files = files.add(file, HostFileKind.ESXCLI_PCI_LIST);
    return this;
  }

  /**
   * Marks functions as enabled for passthrough and active (the host was rebooted since).
   *
   * @param addresses the functions
   * @return this builder
   */
  public HostBuilder passthroughEnabled(String... addresses) {
    return state(PassthroughState.ACTIVE, addresses);
  }

  /**
   * Marks functions as enabled for passthrough with the reboot still pending.
   *
   * @param addresses the functions
   * @return this builder
   */
  public HostBuilder passthroughPendingReboot(String... addresses) {
    return state(PassthroughState.ENABLED_PENDING_REBOOT, addresses);
  }

  /**
   * Marks functions as used by the VMkernel (passthrough disabled).
   *
   * @param addresses the functions
   * @return this builder
   */
  public HostBuilder vmkernel(String... addresses) {
    for (String a : addresses) {
      PciAddress p = PciAddress.parse(a);
      b.putPassthroughState(p, PassthroughState.DISABLED);
      b.putOwner(p, Owner.VMKERNEL);
    }
    return this;
  }

  private HostBuilder state(PassthroughState state, String... addresses) {
    for (String a : addresses) {
      b.putPassthroughState(PciAddress.parse(a), state);
    }
    return this;
  }

  /**
   * Adds a passthru.map line.
   *
   * @param line e.g. {@code "10de ffff bridge false"}
   * @return this builder
   * @throws VmdpException when the line is not {@code vendor device method shareable}
   */
  public HostBuilder mapEntry(String line) {
    PassthruMapDocument doc = PassthruMapDocument.parse(
        (line.strip() + "\n").getBytes(StandardCharsets.UTF_8), "passthru.map line");
    PassthruMap parsed = doc.toModel();
    if (!parsed.diagnostics().isEmpty() || parsed.entries().size() != 1) {
      String why = parsed.diagnostics().isEmpty() ? "not an entry" : parsed.diagnostics().get(0).message();
      throw new VmdpException("passthru.map line '" + line + "': " + why);
    }
    PassthruMapEntry entry = PassthruMapEntry.builder().from(parsed.entries().get(0)).source(java.util.Optional.empty())
        .build();
    map = PassthruMap.builder().from(map == null ? PassthruMap.empty() : map).addEntry(entry).build();
    return this;
  }

  /**
   * Uses a passthru.map model.
   *
   * @param passthruMap the map
   * @return this builder
   */
  public HostBuilder map(PassthruMap passthruMap) {
    map = Objects.requireNonNull(passthruMap, "passthruMap");
    return this;
  }

  /**
   * Reads the host's passthru.map file.
   *
   * @param file the map
   * @return this builder
   */
  public HostBuilder map(Path file) {
    files = files.add(file, HostFileKind.PASSTHRU_MAP);
    map = null;
    return this;
  }

  /** The host: what the files say, and on top of it what was described here. */
  public Host build() {
    b.iommu(iommu.build());
    Host described = b.build();
    Host fromFiles = files.host();
    Map<PciAddress, PciFunction> all = new LinkedHashMap<>();
    fromFiles.topology().functions().forEach(f -> all.put(f.address(), f));
    all.putAll(functions);
    Host.Builder out = Host.builder().from(described)
        .topology(dev.vmdp.model.pci.PciTopology.of(all.values()))
        .passthruMap(map != null ? map : fromFiles.passthruMap());
    if (described.version().isEmpty()) {
      fromFiles.version().ifPresent(out::version);
    }
    if (described.systemUuid().isEmpty()) {
      fromFiles.systemUuid().ifPresent(out::systemUuid);
    }
    Map<PciAddress, dev.vmdp.model.host.HostDeviceReport> reports = new LinkedHashMap<>(fromFiles.deviceReports());
    reports.putAll(described.deviceReports());
    out.deviceReports(reports);
    Map<PciAddress, Owner> owners = new LinkedHashMap<>(fromFiles.owners());
    owners.putAll(described.owners());
    out.owners(owners);
    Map<String, dev.vmdp.model.SourceRef> sources = new LinkedHashMap<>(fromFiles.sources());
    sources.putAll(described.sources());
    out.sources(sources);
    out.addAllDiagnostics(fromFiles.diagnostics());
    if (modules != null) {
      out.loadedModules(modules);
    } else {
      out.loadedModules(fromFiles.loadedModules());
    }
    return out.build();
  }
}
