package dev.vmdp.io.host;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadFailures;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.host.internal.ArchiveReader;
import dev.vmdp.io.host.internal.Assembler;
import dev.vmdp.io.log.VmwareLogReader;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 *
 * <p>This class is the public face; the work is in package-private parts: {@code Recognition}
 * (what a file is, from its bytes), {@code Reading} (files, folders and bundles) and {@code Parts}
 * (what was read, each kind handed to its reader, and the assembly of the host).
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
    if (map == parts.mapDocument()) {
      return host();
    }
    return parts.assemble(map).host();
  }

  private Assembler.Result asRead() {
    Assembler.Result r = asRead;
    if (r == null) {
      r = parts.assemble(parts.mapDocument());
      asRead = r;
    }
    return r;
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
    return Optional.ofNullable(parts.map).map(Parts.MapFile::file);
  }

  /** The passthru.map as read, when one was given or found. */
  public Optional<PassthruMapDocument> mapDocument() {
    return Optional.ofNullable(parts.map).map(Parts.MapFile::document);
  }

  /** The passthru.map as read from disk (to save it back safely); empty for a map in memory or none. */
  public Optional<FileSnapshot> mapSnapshot() {
    return Optional.ofNullable(parts.map).map(Parts.MapFile::snapshot);
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
    if (Recognition.isGzipFile(path)) {
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
}
