package dev.vmdp.io.host;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadFailures;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.esx.Esx4Lspci;
import dev.vmdp.io.esx.EsxConf;
import dev.vmdp.io.esx.EsxcliPciList;
import dev.vmdp.io.esx.EsxcliPcipassthruList;
import dev.vmdp.io.esx.LspciPciInfo;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.io.host.internal.ArchiveReader;
import dev.vmdp.io.host.internal.Assembler;
import dev.vmdp.io.host.internal.HostViews;
import dev.vmdp.io.host.internal.VersionOutput;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.io.internal.TextLines;
import dev.vmdp.io.log.VmwareLogReader;
import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one host assembler: turns any set of a host's files into a {@link Host}, each file
 * recognised by its content, not its name, and the views of one machine merged by the precedence
 * of DESIGN.md (esxcli over lspci for owners and reset methods; lspci over ESXi's views for
 * capabilities; see {@link dev.vmdp.io.host.internal.Assembler}). Files come one by one (with a
 * kind, which the file must then be, or without one), as a folder (every file below it), or as a
 * vm-support bundle ({@code .tgz}, {@code .tar.gz}, {@code .tar}, recognised by its bytes, read as
 * a stream and never extracted).
 *
 * <pre>{@code
 * HostFiles files = HostFiles.none()
 *     .add(Path.of("esx-esx01-2024-05-02--10.14-12345.tgz"));      // a vm-support bundle
 * Host esx01 = files.host();
 * files.files();      // etc/vmware/esx.conf (esx.conf), commands/localcli_hardware-pci-list.txt ...
 * files.vmxFiles();   // the VMs' .vmx files it holds
 * files.notes();      // what was left out, and where views of the machine disagree
 * HostFiles one = HostFiles.none().add(Path.of("pci.txt"), HostFileKind.ESXCLI_PCI_LIST);
 * }</pre>
 *
 * <p>What it reads: lspci in every form the lspci reader knows, ESXi's {@code lspci -p}, the ESX 4
 * service console's lspci, {@code esxcli hardware pci list} and {@code pcipassthru list}, module
 * lists, esx.conf, passthru.map, the host's version ({@code vmware -vl}, {@code esxcli system
 * version get}), and the VMs' {@code .vmx} files, {@code vmware.log} and the host's
 * {@code vmkernel.log} (also gzip-compressed, as rotated logs are). A file given one by one that is
 * none of these is refused; one in a folder or a bundle is passed over ({@link #ignored()}). A
 * bundle's entries that would leave it (a {@code ..} path, an absolute path, a link) are refused,
 * and every entry obeys the {@link InputLimits}, with a total for the bundle.
 *
 * <p>The first esx.conf, module list, version output and passthru.map count; a later one is
 * noted. The passthru.map is kept as a document, so fixes can edit it: {@link #host(PassthruMapDocument)}
 * is the host with the map as edited. Values are immutable: every {@code add} returns a new one.
 */
public final class HostFiles {
  private static final HostFiles NONE = new HostFiles(new Parts(InputLimits.defaults()));

  private final Parts parts;
  private volatile Assembler.Result asRead;

  private HostFiles(Parts parts) {
    this.parts = parts;
  }

  /** No files: a host of which nothing is known. */
  public static HostFiles none() {
    return NONE;
  }

  /**
   * The same files, and later ones read within other limits (bundles' totals included).
   *
   * @param limits the limits
   * @return the copy
   */
  public HostFiles withLimits(InputLimits limits) {
    Parts p = parts.copy();
    p.limits = Objects.requireNonNull(limits, "limits");
    return new HostFiles(p);
  }

  /**
   * The same files, and the host named so (else esx.conf's {@code /adv/Misc/HostName}, a folder's
   * or bundle's name, or the first host file's name without its folders).
   *
   * @param hostName the host's name, not blank
   * @return the copy
   */
  public HostFiles named(String hostName) {
    if (Objects.requireNonNull(hostName, "hostName").isBlank()) {
      throw new IllegalArgumentException("HostFiles host name must not be blank");
    }
    Parts p = parts.copy();
    p.name = hostName;
    return new HostFiles(p);
  }

  /**
   * Adds a file, a folder or a bundle, recognised by content: a folder stands for every file below
   * it, a file whose bytes are a tar archive (gzip-compressed or not) for a vm-support bundle.
   *
   * @param path a file, folder or bundle
   * @return the files with these added
   * @throws VmdpException naming the file when it cannot be read, is not a kind of host file vmdp
   *     reads ({@code FILE:1:1: not a host file vmdp reads: ...}), its reader refuses it, or a
   *     bundle's entry escapes the bundle or passes a limit
   */
  public HostFiles add(Path path) {
    Objects.requireNonNull(path, "path");
    Parts p = parts.copy();
    if (Files.isDirectory(path)) {
      Reading.folder(p, path);
    } else {
      Reading.file(p, path, path.toString(), null, true);
    }
    return new HostFiles(p);
  }

  /**
   * Adds a file of a stated kind, which it must be: {@code --lspci} given esxcli output is refused
   * ({@code pci.txt:1:1: not lspci output: this is esxcli hardware pci list output}).
   *
   * @param path the file
   * @param kind what it must be
   * @return the files with this one added
   * @throws VmdpException naming the file when it cannot be read or is not of that kind
   */
  public HostFiles add(Path path, HostFileKind kind) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Parts p = parts.copy();
    Reading.file(p, path, path.toString(), kind, true);
    return new HostFiles(p);
  }

  /**
   * Adds a file held in memory (for tests and tools that fetched it), recognised by content; a
   * bundle's bytes are read as a bundle.
   *
   * @param name the name messages use
   * @param bytes the file's bytes (copied)
   * @return the files with this one added
   * @throws VmdpException as {@link #add(Path)}
   */
  public HostFiles add(String name, byte[] bytes) {
    return add(name, bytes, null);
  }

  /**
   * Adds a file held in memory, of a stated kind (null: recognised by content).
   *
   * @param name the name messages use
   * @param bytes the file's bytes (copied)
   * @param kind what it must be, or null to recognise it
   * @return the files with this one added
   * @throws VmdpException as {@link #add(Path, HostFileKind)}
   */
  public HostFiles add(String name, byte[] bytes, HostFileKind kind) {
    Objects.requireNonNull(name, "name");
    Parts p = parts.copy();
    Reading.bytes(p, name, bytes.clone(), kind, true);
    return new HostFiles(p);
  }

  /** The host the files describe, with the passthru.map as read. */
  public Host host() {
    return asRead().host();
  }

  /**
   * The host the files describe, with a passthru.map as it is now (edited by fixes).
   *
   * @param map the map document, or null for none
   * @return the host
   */
  public Host host(PassthruMapDocument map) {
    if (map == (parts.map == null ? null : parts.map.document)) {
      return host();
    }
    return Assembler.assemble(hostName(), parts.views, map == null ? null : map.toModel(),
        map == null ? null : map.fileName()).host();
  }

  private Assembler.Result asRead() {
    Assembler.Result r = asRead;
    if (r == null) {
      PassthruMapDocument map = parts.map == null ? null : parts.map.document;
      r = Assembler.assemble(hostName(), parts.views, map == null ? null : map.toModel(),
          map == null ? null : map.fileName());
      asRead = r;
    }
    return r;
  }

  private String hostName() {
    if (parts.name != null) {
      return parts.name;
    }
    for (EsxConf conf : parts.views.esxConfs()) {
      Optional<String> n = conf.document().get("/adv/Misc/HostName").map(String::strip).filter(s -> !s.isEmpty());
      if (n.isPresent()) {
        return n.get();
      }
    }
    if (!parts.origins.isEmpty()) {
      return parts.origins.get(0);
    }
    if (parts.files.isEmpty()) {
      return "unnamed";
    }
    // The first host file's name without its folders: findings' subjects stay short, whatever the paths.
    return parts.files.stream().filter(f -> f.kind().describesTheHost()).findFirst().map(f -> {
      java.nio.file.Path name = f.path().map(java.nio.file.Path::getFileName).orElse(null);
      return name != null ? name.toString() : shortName(f.name());
    }).orElse("unnamed");
  }

  private static String shortName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
  }

  /** Every file read, in the order read, with its kind: host files, .vmx files and logs. */
  public List<HostFile> files() {
    return List.copyOf(parts.files);
  }

  /** The names of the files read, in order: what a report counts as its inputs. */
  public List<String> names() {
    return parts.files.stream().map(HostFile::name).toList();
  }

  /** The VMs' .vmx files found (in a folder: files on disk; in a bundle: held in memory). */
  public List<HostFile> vmxFiles() {
    return parts.files.stream().filter(f -> f.kind() == HostFileKind.VMX).toList();
  }

  /** The logs found: VMs' vmware.log files and the host's vmkernel.log. */
  public List<HostFile> logFiles() {
    return parts.files.stream().filter(f -> f.kind().isLog()).toList();
  }

  /** The files of a folder or bundle passed over: no kind vmdp reads, or a second archive. */
  public List<String> ignored() {
    return List.copyOf(parts.ignored);
  }

  /** The passthru.map's file, when one was given or found. */
  public Optional<HostFile> mapFile() {
    return Optional.ofNullable(parts.map).map(m -> m.file);
  }

  /** The passthru.map as read, when one was given or found. */
  public Optional<PassthruMapDocument> mapDocument() {
    return Optional.ofNullable(parts.map).map(m -> m.document);
  }

  /** The passthru.map as read from disk (to save it back safely); empty for a map in memory or none. */
  public Optional<FileSnapshot> mapSnapshot() {
    return Optional.ofNullable(parts.map).map(m -> m.snapshot);
  }

  /** True when some file came from a bundle (it exists in memory only and cannot be saved). */
  public boolean fromArchive() {
    return parts.archives > 0;
  }

  /** True when no file was read. */
  public boolean isEmpty() {
    return parts.files.isEmpty();
  }

  /**
   * What the readers left out, the files passed over, and where the views of the machine
   * disagree (and which one is used), each at its place.
   */
  public List<ReadNote> notes() {
    List<ReadNote> all = new ArrayList<>(parts.notes);
    all.addAll(asRead().notes());
    return List.copyOf(all);
  }

  /**
   * The lines of a log this assembler found, as a stream that must be closed.
   *
   * @param log one of {@link #logFiles()}
   * @return its lines in file order
   * @throws VmdpException naming the file when it cannot be read
   */
  public static Stream<LogLine> logLines(HostFile log) {
    Optional<byte[]> held = log.bytes();
    if (held.isPresent()) {
      return VmwareLogReader.of(new ByteArrayInputStream(held.get()), log.name()).stream();
    }
    Path path = log.path().orElseThrow();
    if (Reading.isGzipFile(path)) {
      try {
        return VmwareLogReader.of(ArchiveReader.gunzip(Files.newInputStream(path)), log.name()).stream();
      } catch (IOException e) {
        throw ReadFailures.unreadable(log.name(), e);
      }
    }
    return VmwareLogReader.lines(path);
  }

  /** Renders as {@code HostFiles[N files, M ignored]}. */
  @Override
  public String toString() {
    return "HostFiles[" + parts.files.size() + " files, " + parts.ignored.size() + " ignored]";
  }

  /** The passthru.map: its file, its document, and its snapshot when it is a file on disk. */
  private record MapFile(HostFile file, PassthruMapDocument document, FileSnapshot snapshot) {}

  /** What has been read so far; copied before each addition, so values stay immutable. */
  static final class Parts {
    InputLimits limits;
    String name;
    HostViews views = HostViews.none();
    final List<HostFile> files = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    final List<String> origins = new ArrayList<>();
    final List<ReadNote> notes = new ArrayList<>();
    MapFile map;
    int archives;

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
  }

  /** Reading files, folders and bundles into parts. */
  private static final class Reading {
    private Reading() {}

    static void folder(Parts p, Path folder) {
      List<Path> found;
      try (Stream<Path> s = Files.walk(folder)) {
        found = s.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new VmdpException(folder + ": cannot list folder: " + e.getMessage(), e);
      }
      Path name = folder.toAbsolutePath().normalize().getFileName();
      p.origins.add(name == null ? folder.toString() : name.toString());
      for (Path f : found) {
        file(p, f, f.toString(), null, false);
      }
    }

    /**
     * Reads one file: a bundle when its bytes are an archive (only when given by itself), else a
     * host file of the stated kind, or of the kind its content shows.
     */
    static void file(Parts p, Path path, String name, HostFileKind kind, boolean given) {
      ReadFailures.requireRegularFile(path);
      byte[] head = head(path, name);
      if (kind == null && (ArchiveReader.isGzip(head) || ArchiveReader.isTar(head))) {
        byte[] inner = ArchiveReader.isGzip(head) ? gunzippedHead(path, name) : head;
        if (ArchiveReader.isTar(inner)) {
          if (!given) {
            p.ignored.add(name);
            p.notes.add(new ReadNote(SourceRef.of(name, 1), "an archive inside the folder is not opened; give it by "
                + "itself to read it"));
            return;
          }
          bundle(p, path, name);
          return;
        }
        // A gzip-compressed file (a rotated log): its content decides.
        bytes(p, name, gunzipped(path, name, p.limits), null, given);
        return;
      }
      HostFileKind k = kind != null ? kind : recognised(head).orElse(null);
      if (k == null) {
        unknown(p, name, head, given);
        return;
      }
      if (k == HostFileKind.VMX || k.isLog()) {
        if (kind != null && k == HostFileKind.VMX) {
          requireKind(name, text(head), k);
        }
        p.files.add(new HostFile(name, k, path, null));
        return;
      }
      FileSnapshot snapshot = FileSnapshot.read(path, p.limits);
      read(p, name, snapshot.bytes(), k, path, snapshot);
    }

    static void bytes(Parts p, String name, byte[] bytes, HostFileKind kind, boolean given) {
      if (kind == null && (ArchiveReader.isGzip(bytes) || ArchiveReader.isTar(bytes))) {
        byte[] inner = bytes;
        if (ArchiveReader.isGzip(bytes)) {
          inner = gunzipped(new ByteArrayInputStream(bytes), name, p.limits);
        }
        if (ArchiveReader.isTar(inner)) {
          bundle(p, new ByteArrayInputStream(bytes), name);
          return;
        }
        bytes = inner;
      }
      p.limits.checkFileSize(name, bytes.length);
      HostFileKind k = kind != null ? kind : recognised(bytes).orElse(null);
      if (k == null) {
        unknown(p, name, bytes, given);
        return;
      }
      read(p, name, bytes, k, null, null);
    }

    private static void unknown(Parts p, String name, byte[] head, boolean given) {
      if (given) {
        List<String> lines = text(head);
        int first = 0;
        while (first < lines.size() - 1 && lines.get(first).isBlank()) {
          first++;
        }
        throw TextFormats.refusal(name, lines, first, "not a host file vmdp reads (lspci, ESXi lspci -p, esxcli "
            + "hardware pci list or pcipassthru list, a module list, esx.conf, passthru.map, vmware -v, a .vmx, "
            + "vmware.log or vmkernel.log)");
      }
      p.ignored.add(name);
    }

    /** Reads a recognised host file into the parts. */
    private static void read(Parts p, String name, byte[] bytes, HostFileKind kind, Path path, FileSnapshot snapshot) {
      switch (kind) {
        case VMX, VMWARE_LOG, VMKERNEL_LOG -> {
          if (kind == HostFileKind.VMX) {
            requireKind(name, lines(bytes, name, p.limits), kind);
          }
          p.files.add(new HostFile(name, kind, path, path == null ? bytes : null));
          return;
        }
        case PASSTHRU_MAP -> {
          requireKind(name, lines(bytes, name, p.limits), kind);
          PassthruMapDocument doc = PassthruMapDocument.parse(bytes, name);
          HostFile file = new HostFile(name, kind, path, path == null ? bytes : null);
          p.files.add(file);
          if (p.map == null) {
            p.map = new MapFile(file, doc, snapshot);
          } else {
            p.notes.add(new ReadNote(SourceRef.of(name, 1), "a second passthru.map for the host; "
                + p.map.file.name() + " is used"));
          }
          return;
        }
        default -> {
          // the command outputs and esx.conf, below
        }
      }
      Object view = switch (kind) {
        case LSPCI -> LspciReader.parse(bytes, name);
        case LSPCI_PCI_INFO -> LspciPciInfo.parse(bytes, name);
        case ESX4_LSPCI -> Esx4Lspci.parse(bytes, name);
        case ESXCLI_PCI_LIST -> EsxcliPciList.parse(bytes, name);
        case ESXCLI_PCIPASSTHRU_LIST -> EsxcliPcipassthruList.parse(bytes, name);
        case MODULE_LIST -> ModuleList.parse(bytes, name);
        case ESX_CONF -> EsxConf.parse(bytes, name);
        case VERSION -> VersionOutput.parse(lines(bytes, name, p.limits), name);
        default -> throw new IllegalStateException("not a command output: " + kind);
      };
      p.views = p.views.plus(view);
      p.files.add(new HostFile(name, kind, path, null));
    }

    /** A file of a stated kind whose lines show another host format is refused with its place. */
    private static void requireKind(String name, List<String> lines, HostFileKind kind) {
      Optional<TextFormats.Guess> g = TextFormats.recognise(lines);
      if (g.isPresent() && g.get().format() != kind.format()) {
        String not = kind == HostFileKind.PASSTHRU_MAP ? "not a passthru.map" : "not " + kind.description();
        throw TextFormats.refusal(name, lines, g.get().line(), not + ": this is " + g.get().format().description());
      }
    }

    private static void bundle(Parts p, Path path, String name) {
      try (InputStream in = Files.newInputStream(path)) {
        bundle(p, in, name);
      } catch (IOException e) {
        throw ReadFailures.unreadable(name, e);
      }
    }

    private static void bundle(Parts p, InputStream in, String name) {
      p.archives++;
      String base = name.replaceAll("(?i)(\\.tar\\.gz|\\.tgz|\\.tar)$", "");
      Path shortName = Path.of(base).getFileName();
      p.origins.add(shortName == null ? base : shortName.toString());
      ArchiveReader.read(in, name, p.limits, new ArchiveReader.EntryHandler() {
        private HostFileKind kind;

        @Override
        public boolean wants(String entry, byte[] head) {
          kind = recognised(head).orElse(null);
          if (kind == null) {
            p.ignored.add(name + "/" + entry);
          }
          return kind != null;
        }

        @Override
        public void read(String entry, byte[] bytes) {
          Reading.read(p, name + "/" + entry, bytes, kind, null, null);
        }

        @Override
        public void skipped(String entry, String why) {
          p.ignored.add(name + "/" + entry);
        }
      });
    }

    private static Optional<HostFileKind> recognised(byte[] head) {
      return HostFileKind.recognise(head);
    }

    private static byte[] head(Path path, String name) {
      try (InputStream in = Files.newInputStream(path)) {
        return in.readNBytes(ArchiveReader.HEAD_BYTES);
      } catch (IOException e) {
        throw ReadFailures.unreadable(name, e);
      }
    }

    static boolean isGzipFile(Path path) {
      try (InputStream in = Files.newInputStream(path)) {
        return ArchiveReader.isGzip(in.readNBytes(2));
      } catch (IOException e) {
        return false;
      }
    }

    private static byte[] gunzippedHead(Path path, String name) {
      try (InputStream in = ArchiveReader.gunzip(Files.newInputStream(path))) {
        return in.readNBytes(ArchiveReader.HEAD_BYTES);
      } catch (IOException e) {
        throw ReadFailures.unreadable(name, e);
      }
    }

    private static byte[] gunzipped(Path path, String name, InputLimits limits) {
      try (InputStream in = Files.newInputStream(path)) {
        return gunzipped(in, name, limits);
      } catch (IOException e) {
        throw ReadFailures.unreadable(name, e);
      }
    }

    /** A gzip stream's content, at most one byte past the file limit read before it is refused. */
    private static byte[] gunzipped(InputStream compressed, String name, InputLimits limits) {
      try (InputStream in = ArchiveReader.gunzip(compressed)) {
        long max = limits.maxFileBytes();
        byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        limits.checkBytesRead(name, all.length);
        return all;
      } catch (IOException e) {
        throw ReadFailures.unreadable(name, e);
      }
    }

    private static List<String> lines(byte[] bytes, String name, InputLimits limits) {
      return TextLines.split(bytes, name, limits).texts(StandardCharsets.UTF_8);
    }

    private static List<String> text(byte[] head) {
      return List.of(new String(head, StandardCharsets.UTF_8).split("\r\n|\r|\n", TextFormats.LINES_LOOKED_AT));
    }
  }
}
