package dev.vmdp.io.esx;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxEntry;
import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The host facts of {@code /etc/vmware/esx.conf} that passthrough checks need: the system UUID
 * ({@code /system/uuid}), the configured owner of each PCI function
 * ({@code /device/000:11.0/owner = "passthru"}, decimal bus, slot and function) and the VMkernel
 * names of functions ({@code /device/003:00.0/vmkname = "vmnic2"}).
 *
 * <p>esx.conf has the .vmx syntax, so it is read with the lossless {@link VmxDocument} (which
 * keeps every byte and reports VMDP601-605); every other key ({@code /adv/...}, {@code /net/...})
 * is kept in {@link #document()} and ignored here. A device key whose address does not read, an
 * owner other than {@code passthru} or {@code vmkernel} and a blank UUID become {@link #notes()}.
 *
 * <pre>{@code
 * EsxConf conf = EsxConf.read(Path.of("esx.conf"));
 * conf.systemUuid();                                  // Optional[48c4619b-...]
 * conf.owners().get(PciAddress.parseEsxConf("000:11.0"));   // PASSTHRU
 * Host host = conf.applyTo(Host.builder().name("esx01")).build();
 * }</pre>
 */
public final class EsxConf {
  private static final String NOT_ESX_CONF = "not esx.conf";

  /** The source key of the UUID in {@link #sources()} and {@link Host#sources()}. */
  public static final String SYSTEM_UUID_KEY = "/system/uuid";

  private final VmxDocument document;
  private final String systemUuid;
  private final Map<PciAddress, Owner> owners;
  private final Map<PciAddress, String> vmkernelNames;
  private final Map<String, SourceRef> sources;
  private final List<ReadNote> notes;

  EsxConf(VmxDocument document, String systemUuid, Map<PciAddress, Owner> owners,
      Map<PciAddress, String> vmkernelNames, Map<String, SourceRef> sources, List<ReadNote> notes) {
    this.document = document;
    this.systemUuid = systemUuid;
    this.owners = Collections.unmodifiableMap(owners);
    this.vmkernelNames = Collections.unmodifiableMap(vmkernelNames);
    this.sources = Collections.unmodifiableMap(sources);
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads and parses a file within the default {@link InputLimits}.
   *
   * @param path the file, usually a copy of {@code /etc/vmware/esx.conf}
   * @return the facts
   * @throws VmdpException naming the file when it cannot be read or is above a size limit, or at
   *     the line that shows it is not esx.conf
   */
  public static EsxConf read(Path path) {
    return checked(VmxDocument.read(path));
  }

  /**
   * Parses esx.conf bytes. Lines it cannot use are kept in the document and noted; text that is
   * not esx.conf is refused: text whose lines show another host format, and a document whose
   * {@code key = "value"} lines have no esx.conf key (one that starts with {@code /}, such as
   * {@code /system/uuid}: a .vmx given as esx.conf).
   *
   * @param bytes the file's bytes
   * @param fileName the file as the user named it, for sources and notes
   * @return the facts
   * @throws VmdpException when the input is above a size limit, or {@code FILE:LINE:1: not
   *     esx.conf: ...} at the line that shows it is not
   */
  public static EsxConf parse(byte[] bytes, String fileName) {
    return checked(VmxDocument.parse(bytes, fileName));
  }

  private static EsxConf checked(VmxDocument document) {
    List<String> lines = new java.util.ArrayList<>(document.lines().size());
    document.lines().forEach(l -> lines.add(l.text()));
    TextFormats.refuseOther(lines, document.fileName(), TextFormats.Format.ESX_CONF, NOT_ESX_CONF);
    int firstEntry = -1;
    for (int i = 0; i < document.lines().size(); i++) {
      if (document.lines().get(i) instanceof VmxEntry e) {
        if (e.key().startsWith("/")) {
          return of(document);
        }
        // .encoding heads any file of the .vmx syntax; it says nothing of what the file is.
        if (!e.key().equalsIgnoreCase(".encoding")) {
          firstEntry = firstEntry < 0 ? i : firstEntry;
        }
      }
    }
    if (firstEntry >= 0) {
      throw TextFormats.refusal(document.fileName(), lines, firstEntry, NOT_ESX_CONF
          + ": no key starts with / (esx.conf keys do, such as /system/uuid)");
    }
    return of(document);
  }

  /**
   * The facts of an already parsed esx.conf document; with duplicated keys, the document's
   * {@link dev.vmdp.io.vmx.DuplicatePolicy} picks the line. The same as {@link EsxConfBinding#read}.
   *
   * @param document the document
   * @return the facts
   */
  public static EsxConf of(VmxDocument document) {
    return EsxConfBinding.read(document);
  }

  /** The lossless document the facts were read from. */
  public VmxDocument document() {
    return document;
  }

  /** The file name given when the file was read. */
  public String fileName() {
    return document.fileName();
  }

  /** {@code /system/uuid}, stripped; empty when absent or blank. */
  public Optional<String> systemUuid() {
    return Optional.ofNullable(systemUuid);
  }

  /**
   * The configured owner of each function with a readable {@code /device/BBB:DD.F/owner}, ordered
   * by address; functions without one are not listed.
   */
  public Map<PciAddress, Owner> owners() {
    return owners;
  }

  /** The {@code /device/BBB:DD.F/vmkname} of each function that has one ({@code vmnic2}), by address. */
  public Map<PciAddress, String> vmkernelNames() {
    return vmkernelNames;
  }

  /**
   * Where each fact came from, keyed by {@link #SYSTEM_UUID_KEY} and the esx.conf key in its
   * canonical form {@code /device/000:11.0/owner} or {@code /device/003:00.0/vmkname} (whatever
   * the spelling in the file).
   */
  public Map<String, SourceRef> sources() {
    return sources;
  }

  /**
   * Where a fact came from.
   *
   * @param key {@code /system/uuid} or a canonical device key such as {@code /device/000:11.0/owner}
   * @return the line, or empty when the fact is not in the file
   */
  public Optional<SourceRef> sourceOf(String key) {
    return Optional.ofNullable(sources.get(key));
  }

  /** The owner line of a function, or empty when the file has none for it. */
  public Optional<SourceRef> ownerSource(PciAddress address) {
    return sourceOf("/device/" + address.toEsxConfForm() + "/owner");
  }

  /** What the reader could not use, in line order. */
  public List<ReadNote> notes() {
    return notes;
  }

  /** The document's syntax diagnostics (VMDP601-605: duplicates, unparsable lines, escapes, encoding). */
  public List<Diagnostic> diagnostics() {
    return document.diagnostics();
  }

  /**
   * Adds these facts to a host: the UUID (when known), the owners, the sources and the document's
   * diagnostics. Facts already in the builder for other functions are kept.
   *
   * @param builder the host being built
   * @return the same builder
   */
  public Host.Builder applyTo(Host.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    if (systemUuid != null) {
      builder.systemUuid(systemUuid);
    }
    builder.putAllOwners(owners);
    builder.putAllSources(sources);
    builder.addAllDiagnostics(document.diagnostics());
    return builder;
  }

  /**
   * A host with these facts and nothing else known.
   *
   * @param hostName the host's name, not blank
   * @return the host
   */
  public Host toHost(String hostName) {
    return applyTo(Host.builder().name(hostName)).build();
  }

  /** Renders as {@code EsxConf[file, uuid, N owners]}. */
  @Override
  public String toString() {
    return "EsxConf[" + fileName() + ", " + (systemUuid == null ? "no uuid" : systemUuid) + ", "
        + owners.size() + " owners]";
  }
}
