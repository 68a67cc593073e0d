package dev.vmdp.io.host;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.esx.Esx4Lspci;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.EsxcliPcipassthruList;
import dev.vmdp.io.esx.LspciPciInfo;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.host.internal.Assembler;
import dev.vmdp.io.host.internal.HostViews;
import dev.vmdp.io.host.internal.VersionOutput;
import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link HostFiles} has read so far, and what it assembles to: the files with their kinds,
 * the views of the machine their readers made, the passthru.map, the notes and the names a host
 * could take. A recognised file is handed to its reader here ({@link #add}); the views are merged
 * by {@link Assembler}. Copied before each addition ({@link #copy()}), so {@code HostFiles} values
 * stay immutable.
 */
final class Parts {
  InputLimits limits;
  String name;
  HostViews views = HostViews.none();
  final List<HostFile> files = new ArrayList<>();
  final List<String> ignored = new ArrayList<>();
  final List<String> origins = new ArrayList<>();
  final List<ReadNote> notes = new ArrayList<>();
  MapFile map;
  int archives;

  /** The passthru.map: its file, its document, and its snapshot when it is a file on disk. */
  record MapFile(HostFile file, PassthruMapDocument document, FileSnapshot snapshot) {}

  Parts(InputLimits limits) {
    this.limits = limits;
  }

  Parts copy() {
    Parts p = new Parts(limits);
    p.name = name;
    p.views = views;
    p.files.addAll(files);
    p.ignored.addAll(ignored);
    p.origins.addAll(origins);
    p.notes.addAll(notes);
    p.map = map;
    p.archives = archives;
    return p;
  }

  /**
   * Adds a recognised host file: a .vmx or log is kept as a file, a passthru.map as the document
   * fixes edit (the first one; a later one is noted), every command output and esx.conf as the view
   * its reader makes.
   *
   * @param fileName the file as named
   * @param bytes its bytes
   * @param kind its kind
   * @param path the file on disk, or null for one held in memory
   * @param snapshot the file as read from disk, or null
   */
  void add(String fileName, byte[] bytes, HostFileKind kind, Path path, FileSnapshot snapshot) {
    switch (kind) {
      case VMX, VMWARE_LOG, VMKERNEL_LOG -> {
        if (kind == HostFileKind.VMX) {
          Recognition.requireKind(fileName, Recognition.lines(bytes, fileName, limits), kind);
        }
        files.add(new HostFile(fileName, kind, path, path == null ? bytes : null));
        return;
      }
      case PASSTHRU_MAP -> {
        Recognition.requireKind(fileName, Recognition.lines(bytes, fileName, limits), kind);
        PassthruMapDocument doc = PassthruMapDocument.parse(bytes, fileName);
        HostFile file = new HostFile(fileName, kind, path, path == null ? bytes : null);
        files.add(file);
        if (map == null) {
          map = new MapFile(file, doc, snapshot);
        } else {
          notes.add(new ReadNote(SourceRef.of(fileName, 1), "a second passthru.map for the host; "
              + map.file.name() + " is used"));
        }
        return;
      }
      default -> {
        // the command outputs and esx.conf, below
      }
    }
    Object view = switch (kind) {
      case LSPCI -> LspciReader.parse(bytes, fileName);
      case LSPCI_PCI_INFO -> LspciPciInfo.parse(bytes, fileName);
      case ESX4_LSPCI -> Esx4Lspci.parse(bytes, fileName);
      case ESXCLI_PCI_LIST -> EsxcliPciList.parse(bytes, fileName);
      case ESXCLI_PCIPASSTHRU_LIST -> EsxcliPcipassthruList.parse(bytes, fileName);
      case MODULE_LIST -> ModuleList.parse(bytes, fileName);
      case ESX_CONF -> EsxConf.parse(bytes, fileName);
      case VERSION -> VersionOutput.parse(Recognition.lines(bytes, fileName, limits), fileName);
      default -> throw new IllegalStateException("not a command output: " + kind);
    };
    views = views.plus(view);
    files.add(new HostFile(fileName, kind, path, null));
  }

  /** The map document as read, or null. */
  PassthruMapDocument mapDocument() {
    return map == null ? null : map.document;
  }

  /**
   * The host the views describe, with a passthru.map.
   *
   * @param mapDocument the map, or null for none
   * @return the host and the notes of the merge
   */
  Assembler.Result assemble(PassthruMapDocument mapDocument) {
    return Assembler.assemble(hostName(), views, mapDocument == null ? null : mapDocument.toModel(),
        mapDocument == null ? null : mapDocument.fileName());
  }

  private String hostName() {
    if (name != null) {
      return name;
    }
    for (EsxConf conf : views.esxConfs()) {
      Optional<String> n = conf.document().get("/adv/Misc/HostName").map(String::strip).filter(s -> !s.isEmpty());
      if (n.isPresent()) {
        return n.get();
      }
    }
    if (!origins.isEmpty()) {
      return origins.get(0);
    }
    if (files.isEmpty()) {
      return "unnamed";
    }
    // The first host file's name without its folders: findings' subjects stay short, whatever the paths.
    return files.stream().filter(f -> f.kind().describesTheHost()).findFirst().map(f -> {
      Path fileName = f.path().map(Path::getFileName).orElse(null);
      return fileName != null ? fileName.toString() : shortName(f.name());
    }).orElse("unnamed");
  }

  private static String shortName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
  }
}
