package dev.vmdp.dsl;

import dev.vmdp.io.ReadNote;
import dev.vmdp.io.host.HostFile;
import dev.vmdp.io.host.HostFileKind;
import dev.vmdp.io.host.HostFiles;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The host of a {@link Workspace}: one given whole, or the one its files describe, read by the one
 * host assembler ({@link HostFiles}: lspci, esxcli, lspci -p, esx.conf, module lists, passthru.map,
 * given one by one or as a folder or bundle), with an optional version. The passthru.map is an open
 * file the fix loop edits; the host is made again when an input or the map document changes.
 */
final class HostInputs {
  private HostFiles files = HostFiles.none();
  private OpenFile<PassthruMapDocument> map;
  private EsxVersion version;
  private Host given;
  private Host cached;
  private PassthruMapDocument cachedMap;

  /** Adds a file of a stated kind, or (kind null) a file, folder or bundle recognised by content. */
  void add(Path path, HostFileKind kind) {
    files = kind == null ? files.add(path) : files.add(path, kind);
    if (map == null) {
      files.mapDocument().ifPresent(doc -> map = files.mapSnapshot()
          .map(s -> OpenFile.of(s, doc, PassthruMapDocument::toBytes, d -> StandardCharsets.UTF_8))
          .orElseGet(() -> OpenFile.inMemory(doc.fileName(), doc, PassthruMapDocument::toBytes,
              d -> StandardCharsets.UTF_8)));
    }
    cached = null;
  }

  /**
   * Adds a file, folder or bundle recognised by content; returns the .vmx files it held that were
   * not read before.
   */
  List<HostFile> addFound(Path path) {
    Set<HostFile> before = new HashSet<>(vmxFiles());
    add(path, null);
    return vmxFiles().stream().filter(f -> !before.contains(f)).toList();
  }

  void version(EsxVersion v) {
    version = Objects.requireNonNull(v, "version");
    cached = null;
  }

  void host(Host host) {
    given = Objects.requireNonNull(host, "host");
    cached = null;
  }

  /** The open passthru.map, or null when none was given. */
  OpenFile<PassthruMapDocument> mapFile() {
    return map;
  }

  /** The host files as read (the VMs and logs a folder or bundle held among them). */
  HostFiles files() {
    return files;
  }

  /** The .vmx files the host's folders and bundles held. */
  List<HostFile> vmxFiles() {
    return files.vmxFiles();
  }

  /** What the readers left out and where views of the host disagree, each at its place. */
  List<ReadNote> notes() {
    return given != null ? List.of() : files.notes();
  }

  /** The host as the inputs describe it now (with the map as edited). */
  Host host() {
    PassthruMapDocument mapNow = map == null ? null : map.current();
    if (cached == null || cachedMap != mapNow) {
      cached = build(mapNow);
      cachedMap = mapNow;
    }
    return cached;
  }

  private Host build(PassthruMapDocument mapNow) {
    if (given != null) {
      Host h = version == null ? given : given.withVersion(version);
      return mapNow == null ? h : h.withPassthruMap(mapNow.toModel());
    }
    Host h = files.host(mapNow);
    return version == null ? h : h.withVersion(version);
  }
}
