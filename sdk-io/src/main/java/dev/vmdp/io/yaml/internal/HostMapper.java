package dev.vmdp.io.yaml.internal;

import dev.vmdp.io.ReadNote;
import dev.vmdp.io.host.HostFileKind;
import dev.vmdp.io.host.HostFiles;
import dev.vmdp.model.host.CpuVendor;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.FptShareable;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Iommu;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps one {@code hosts:} entry onto a {@link Host}: the files it names, read together by the host
 * assembler ({@link HostFiles}), and the inventory's own facts on top.
 */
final class HostMapper {
  private static final Map<String, CpuVendor> CPU_SPELLINGS = Map.of(
      "genuineintel", CpuVendor.INTEL, "authenticamd", CpuVendor.AMD);
  private static final Map<String, IommuKind> IOMMU_SPELLINGS = Map.of(
      "vtd", IommuKind.INTEL_VTD, "intel", IommuKind.INTEL_VTD, "amdvi", IommuKind.AMD_VI,
      "amd", IommuKind.AMD_VI, "amdiommu", IommuKind.AMD_VI);

  private final YamlSource source;
  private final FileRefs files;
  private final List<ReadNote> notes;
  private final DeviceMapper devices;

  HostMapper(YamlSource source, List<ReadNote> notes) {
    this.source = source;
    this.files = new FileRefs(source);
    this.notes = notes;
    this.devices = new DeviceMapper(source);
  }

  Host map(String name, HostDto dto) {
    if (name.isBlank()) {
      throw source.error(dto, "host name must not be blank");
    }
    // The files first, read together by the host assembler, so that the inventory's own facts
    // (uuid, devices, owners) win over theirs.
    HostFiles hf = HostFiles.none().named(name);
    if (dto.files != null) {
      hf = add(hf, dto.files, "host files (a folder or vm-support bundle)", null);
    }
    for (YamlText path : DeviceMapper.nonNull(dto.lspci)) {
      hf = add(hf, path, "lspci output", HostFileKind.LSPCI);
    }
    if (dto.esxcli != null) {
      hf = add(hf, dto.esxcli, "esxcli hardware pci list output", HostFileKind.ESXCLI_PCI_LIST);
    }
    if (dto.esxConf != null) {
      hf = add(hf, dto.esxConf, "esx.conf", HostFileKind.ESX_CONF);
    }
    if (dto.modules != null && dto.moduleList != null) {
      throw source.error(dto.moduleList, "give either 'modules' (names) or 'moduleList' (a file), not both");
    }
    if (dto.moduleList != null) {
      hf = add(hf, dto.moduleList, "module list", HostFileKind.MODULE_LIST);
    }
    if (dto.passthruMap != null && dto.map != null) {
      throw source.error(dto.map, "give either 'passthruMap' (entries) or 'map' (a file), not both");
    }
    if (dto.map != null) {
      hf = add(hf, dto.map, "passthru.map", HostFileKind.PASSTHRU_MAP);
    }
    Host fromFiles = hf.host();
    notes.addAll(hf.notes());
    Host.Builder b = Host.builder().from(fromFiles);
    if (dto.version != null) {
      b.version(devices.parse(dto.version, EsxVersion::parse));
      b.putSource("version", dto.version.ref(source));
    }
    if (dto.cpu != null) {
      b.cpuVendor(devices.word(dto.cpu, CpuVendor.class, CPU_SPELLINGS, null, "CPU vendor"));
      b.putSource("cpuVendor", dto.cpu.ref(source));
    }
    if (dto.iommu != null) {
      b.iommu(iommu(dto.iommu));
      b.putSource("iommu", dto.iommu.ref(source));
    }
    if (dto.uuid != null) {
      if (dto.uuid.text().isBlank()) {
        throw source.error(dto.uuid, "uuid must not be blank");
      }
      b.systemUuid(dto.uuid.text().strip());
      b.putSource("systemUuid", dto.uuid.ref(source));
    }
    devices.addTo(b, dto, fromFiles);
    modules(b, dto);
    passthruMap(b, dto);
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw source.error(dto.ref(source), "host '" + name + "': " + e.getMessage(), e);
    }
  }

  private Iommu iommu(IommuDto dto) {
    Iommu.Builder b = Iommu.builder();
    if (dto.kind != null) {
      b.kind(devices.word(dto.kind, IommuKind.class, IOMMU_SPELLINGS, null, "IOMMU kind"));
    }
    if (dto.biosEnabled != null) {
      b.biosEnabled(dto.biosEnabled);
    }
    if (dto.active != null) {
      b.verifiedActive(dto.active);
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw source.error(dto.ref(source), e.getMessage(), e);
    }
  }

  /** Adds a file the inventory names to the host's files, refused at the node with the reader's message. */
  private HostFiles add(HostFiles hf, YamlText node, String what, HostFileKind kind) {
    return kind == null ? files.readFileOrFolder(node, what, hf::add) : files.read(node, what, p -> hf.add(p, kind));
  }

  private void modules(Host.Builder b, HostDto dto) {
    if (dto.modules != null) {
      Set<String> names = new LinkedHashSet<>();
      for (YamlText m : DeviceMapper.nonNull(dto.modules)) {
        String n = m.text().strip();
        if (n.isEmpty() || n.chars().anyMatch(c -> c <= ' ')) {
          throw source.error(m, "not a module name: '" + m.text() + "'");
        }
        names.add(n);
      }
      b.loadedModules(names);
      b.putSource("loadedModules", dto.ref(source));
    }
  }

  private void passthruMap(Host.Builder b, HostDto dto) {
    if (dto.passthruMap != null) {
      PassthruMap.Builder map = PassthruMap.builder();
      for (YamlText line : DeviceMapper.nonNull(dto.passthruMap)) {
        map.addEntry(entry(line));
      }
      b.passthruMap(map.build());
      b.putSource("passthruMap", dto.ref(source));
    }
  }

  /** {@code "8086 10c6 d3d0 default"}, as a passthru.map line. */
  private PassthruMapEntry entry(YamlText node) {
    String[] f = node.text().strip().split("\\s+", -1);
    if (f.length != 4) {
      throw source.error(node, "not a passthru.map entry (want 'vendor device resetMethod fptShareable', e.g. "
          + "'8086 10c6 d3d0 default'): '" + node.text() + "'");
    }
    int vendor = devices.parse(node, t -> PciId.parseHex16(f[0]));
    int device = devices.parse(node, t -> PciId.parseHex16(f[1]));
    ResetMethod reset = ResetMethod.fromToken(f[2]).orElseThrow(() -> source.error(node,
        "not a reset method: '" + f[2] + "' (want flr, d3d0, link, bridge or default)"));
    FptShareable shareable = FptShareable.fromToken(f[3]).orElseThrow(() -> source.error(node,
        "not an fptShareable value: '" + f[3] + "' (want true, default or false)"));
    return PassthruMapEntry.builder().vendor(vendor).device(device).resetMethod(reset).fptShareable(shareable)
        .source(node.ref(source)).build();
  }
}
