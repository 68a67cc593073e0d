package dev.vmdp.dsl;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.lspci.LspciView;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The host of a {@link Workspace}: one given whole, or the one its files describe (lspci views,
 * esxcli output, esx.conf, module list, passthru.map), with an optional version. The host is kept
 * until an input or the map document changes. The passthru.map is an open file: fixes edit it.
 */
final class HostInputs {
  private final List<LspciView> lspci = new ArrayList<>();
  private final List<EsxcliPciList> esxcli = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private EsxConf esxConf;
  private ModuleList modules;
  private OpenFile<PassthruMapDocument> map;
  private EsxVersion version;
  private Host given;
  private Host cached;
  private PassthruMapDocument cachedMap;

  void lspci(Path file) {
    lspci.add(LspciReader.read(file));
    changed(file);
  }

  void esxcli(Path file) {
    esxcli.add(EsxcliPciList.read(file));
    changed(file);
  }

  void esxConf(Path file) {
    esxConf = EsxConf.read(file);
    changed(file);
  }

  void modules(Path file) {
    modules = ModuleList.read(file);
    changed(file);
  }

  void map(Path file) {
    map = OpenFile.read(FileSnapshot.read(file), s -> PassthruMapDocument.parse(s.bytes(), s.fileName()),
        PassthruMapDocument::toBytes, d -> StandardCharsets.UTF_8);
    changed(file);
  }

  void version(EsxVersion v) {
    version = Objects.requireNonNull(v, "version");
    cached = null;
  }

  void host(Host host) {
    given = Objects.requireNonNull(host, "host");
    cached = null;
  }

  private void changed(Path file) {
    files.add(file.toString());
    cached = null;
  }

  /** The host files as named, in the order given. */
  List<String> files() {
    return List.copyOf(files);
  }

  /**
   * The name of a host known only from its files, as findings show it ({@code host lspci.txt}):
   * the file name of the first file, without its folders, so a subject stays short however long
   * the paths are; {@code unnamed} without files.
   */
  private String name() {
    if (files.isEmpty()) {
      return "unnamed";
    }
    Path first = Path.of(files.get(0)).getFileName();
    return first == null ? files.get(0) : first.toString();
  }

  /** The open passthru.map, or null when none was given. */
  OpenFile<PassthruMapDocument> mapFile() {
    return map;
  }

  /** The host as the inputs describe it now (with the map as edited). */
  Host host() {
    PassthruMapDocument mapNow = map == null ? null : map.current();
    if (cached == null || cachedMap != mapNow) {
      cached = build();
      cachedMap = mapNow;
    }
    return cached;
  }

  private Host build() {
    if (given != null) {
      Host h = version == null ? given : given.withVersion(version);
      return map == null ? h : h.withPassthruMap(map.current().toModel());
    }
    Host.Builder b = Host.builder().name(name());
    Map<PciAddress, PciFunction> functions = new LinkedHashMap<>();
    LspciView combined = null;
    for (LspciView v : lspci) {
      combined = combined == null ? v : combined.combine(v);
    }
    if (combined != null) {
      combined.functions().forEach(f -> functions.put(f.address(), f));
    }
    for (EsxcliPciList list : esxcli) {
      list.functions().forEach(f -> functions.putIfAbsent(f.address(), f));
      for (HostDeviceReport r : list.reports().values()) {
        b.putDeviceReport(r.address(), r);
      }
    }
    b.topology(PciTopology.of(functions.values()));
    if (esxConf != null) {
      esxConf.applyTo(b);
    }
    if (modules != null) {
      b.loadedModules(new LinkedHashSet<>(modules.names()));
      b.putSource("loadedModules", SourceRef.of(modules.fileName(), 1));
    }
    if (map != null) {
      b.passthruMap(map.current().toModel());
    }
    if (version != null) {
      b.version(version);
    }
    return b.build();
  }
}
