package dev.vmdp.io.esx;

import dev.vmdp.io.Edited;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.vmx.DuplicatePolicy;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.io.vmx.VmxEntry;
import dev.vmdp.io.vmx.VmxLine;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds an esx.conf document (the .vmx syntax, read losslessly as a {@link VmxDocument}) to the
 * host facts it holds and back: the binding of {@code /etc/vmware/esx.conf}, as {@code VmxBinding}
 * is for .vmx files.
 *
 * <p>{@link #read} gives the {@link EsxConf} facts: the system UUID, the configured owner and the
 * VMkernel name of each function, where each came from, and notes on what it could not use.
 * {@link #edit} writes a change of a {@link Host}'s owners ({@code /device/BBB:DD.F/owner}, decimal
 * bus, slot and function) and of its system UUID ({@code /system/uuid}) as the minimal edit: a key
 * already in the file is rewritten in place, keeping its spelling; a new owner key goes after the
 * last key of the same device ({@code /device/000:03...}), else of the same bus, else at the end;
 * a fact absent from {@code after} loses its line. Other facts of the host are not written.
 *
 * <pre>{@code
 * VmxDocument doc = VmxDocument.read(Path.of("esx.conf"));
 * Host host = EsxConfBinding.read(doc).toHost("esx01");
 * Host passthru = Host.builder().from(host).putOwner(PciAddress.parse("0000:03:00.0"), Owner.PASSTHRU).build();
 * Edited<VmxDocument> edited = EsxConfBinding.edit(doc, host, passthru);
 * edited.edits();   // [esx.conf:14: set /device/000:03.0/owner = "passthru"]
 * }</pre>
 */
public final class EsxConfBinding {
  private static final Pattern DEVICE = Pattern.compile("/device/([^/]+)/(owner|vmkname)");

  private EsxConfBinding() {}

  /**
   * The facts of an esx.conf document; with duplicated keys, the document's
   * {@link DuplicatePolicy} picks the line. A device key whose address does not read, a function
   * named twice, an owner other than {@code passthru} or {@code vmkernel} and a blank UUID become
   * {@link EsxConf#notes()}; never fails on content.
   *
   * @param document the document
   * @return the facts
   */
  public static EsxConf read(VmxDocument document) {
    Objects.requireNonNull(document, "document");
    String file = document.fileName();
    Map<String, VmxEntry> used = new LinkedHashMap<>();
    for (VmxLine line : document.lines()) {
      if (line instanceof VmxEntry e) {
        String k = e.key().toLowerCase(Locale.ROOT);
        if (document.duplicatePolicy() == DuplicatePolicy.FIRST) {
          used.putIfAbsent(k, e);
        } else {
          used.put(k, e);
        }
      }
    }
    String uuid = null;
    Map<PciAddress, Owner> owners = new TreeMap<>();
    Map<PciAddress, String> names = new TreeMap<>();
    Map<String, SourceRef> sources = new LinkedHashMap<>();
    List<ReadNote> notes = new ArrayList<>();
    for (Map.Entry<String, VmxEntry> u : used.entrySet()) {
      VmxEntry e = u.getValue();
      SourceRef at = SourceRef.of(file, e.lineNumber());
      if (u.getKey().equals(EsxConf.SYSTEM_UUID_KEY)) {
        if (e.value().isBlank()) {
          notes.add(new ReadNote(at, "/system/uuid is blank: the host UUID stays unknown"));
        } else {
          uuid = e.value().strip();
          sources.put(EsxConf.SYSTEM_UUID_KEY, at);
        }
        continue;
      }
      Matcher m = DEVICE.matcher(u.getKey());
      if (!m.matches()) {
        continue;
      }
      PciAddress address;
      try {
        address = PciAddress.parseEsxConf(m.group(1));
      } catch (PciFormatException ex) {
        notes.add(new ReadNote(at, "not a device address (want decimal BBB:DD.F such as 000:11.0) in key "
            + e.key() + ": " + ex.getMessage()));
        continue;
      }
      String key = "/device/" + address.toEsxConfForm() + "/" + m.group(2);
      if (sources.containsKey(key)) {
        notes.add(new ReadNote(at, e.key() + " names the same function as line " + sources.get(key).line()
            + " (" + address + "); the first is used"));
        continue;
      }
      if (m.group(2).equals("owner")) {
        Optional<Owner> owner = Owner.fromText(e.value());
        if (owner.isEmpty()) {
          notes.add(new ReadNote(at, "unknown owner \"" + e.value() + "\" of " + address
              + " (want passthru or vmkernel): the owner stays unknown"));
          continue;
        }
        owners.put(address, owner.get());
      } else {
        names.put(address, e.value());
      }
      sources.put(key, at);
    }
    notes.sort(Comparator.comparingInt(n -> n.location().line()));
    return new EsxConf(document, uuid, owners, names, sources, notes);
  }

  /**
   * The minimal edit that turns the esx.conf of {@code before} into one of {@code after}: the
   * owners and the system UUID that differ are set, or removed when {@code after} lacks them.
   *
   * @param doc the esx.conf document {@code before}'s esx.conf facts were read from
   * @param before the host as read (its owners and UUID as {@link #read} gave them)
   * @param after the host as it should be
   * @return the edited document and its edits ({@code set /device/000:03.0/owner = "passthru"},
   *     {@code remove /system/uuid}); {@code doc} itself and no edit when nothing changed
   * @throws VmdpException naming the function when an owner of a function outside PCI segment 0
   *     would be written (esx.conf names functions by bus, slot and function only), or when an
   *     edited line or the file would be above the input limits
   */
  public static Edited<VmxDocument> edit(VmxDocument doc, Host before, Host after) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    EsxConf read = read(doc);
    VmxDocument edited = doc;
    Set<PciAddress> addresses = new TreeSet<>(before.owners().keySet());
    addresses.addAll(after.owners().keySet());
    for (PciAddress address : addresses) {
      Owner was = before.owners().get(address);
      Owner is = after.owners().get(address);
      if (Objects.equals(was, is)) {
        continue;
      }
      Optional<String> written = read.ownerSource(address).map(at -> keyAt(doc, at));
      if (is == null) {
        if (written.isPresent()) {
          edited = edited.remove(written.get());
        }
        continue;
      }
      if (address.segment() != 0) {
        throw new VmdpException(doc.fileName() + ": cannot write the owner of " + address
            + ": esx.conf names functions of PCI segment 0 only (/device/BBB:DD.F/owner)");
      }
      edited = edited.set(written.orElse("/device/" + address.toEsxConfForm() + "/owner"), is.esxConfToken());
    }
    Optional<String> uuid = after.systemUuid();
    if (!before.systemUuid().equals(uuid)) {
      edited = uuid.isPresent() ? edited.set(EsxConf.SYSTEM_UUID_KEY, uuid.get()) : edited.remove(EsxConf.SYSTEM_UUID_KEY);
    }
    return new Edited<>(edited, edited == doc ? List.of() : doc.editsTo(edited));
  }

  /** The key of the entry at a source line, as written. */
  private static String keyAt(VmxDocument doc, SourceRef at) {
    VmxLine line = doc.lines().get(at.line() - 1);
    return ((VmxEntry) line).key();
  }
}
