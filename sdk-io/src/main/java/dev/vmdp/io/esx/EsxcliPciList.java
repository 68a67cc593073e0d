package dev.vmdp.io.esx;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The output of {@code esxcli hardware pci list}: one block per function, with ids, names, the
 * VMkernel name, passthrough capability, parent and dependent devices, the reset method the host
 * uses, FPT shareability and the configured and current owners.
 *
 * <pre>{@code
 * EsxcliPciList list = EsxcliPciList.read(Path.of("esxcli-pci-list.txt"));
 * list.report(PciAddress.parse("0000:03:00.0"))
 *     .flatMap(HostDeviceReport::passthroughState);   // e.g. ENABLED_PENDING_REBOOT
 * }</pre>
 *
 * <p>The output is a whole inventory of the host's PCI topology: a bridge's buses are those of
 * the functions whose {@code Parent Device} it is (and of theirs, down the tree), its secondary
 * bus the {@code Spawned Bus} it shows, so {@link #functions()} gives every PCI bridge the bus
 * range that leads to its children, and the reset analysis and plans work from this output alone.
 *
 * <p>Unknown fields are ignored; a field whose value cannot be read, and a fact that contradicts
 * the output itself (a function that is its own parent, a function listed twice), becomes a
 * {@link ReadNote} and is left out. Input that holds no block at all, or whose lines show another
 * host format, is refused with its place.
 */
public final class EsxcliPciList {
  private final String fileName;
  private final List<PciFunction> functions;
  private final Map<PciAddress, HostDeviceReport> reports;
  private final Map<PciAddress, Integer> lines;
  private final List<ReadNote> notes;

  private EsxcliPciList(String fileName, List<PciFunction> functions, Map<PciAddress, HostDeviceReport> reports,
      Map<PciAddress, Integer> lines, List<ReadNote> notes) {
    this.fileName = fileName;
    this.functions = List.copyOf(functions);
    this.reports = Map.copyOf(reports);
    this.lines = Map.copyOf(lines);
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads a file.
   *
   * @param file the saved output
   * @return the list
   * @throws VmdpException {@code file:1:1: cannot read file: ...} when it cannot be read,
   *     {@code file:1:1: not a regular file ...} for a directory, FIFO or device, or when it is
   *     above 16 MiB, a line is above 1 MiB or it holds no block
   */
  public static EsxcliPciList read(Path file) {
    return parse(FileSnapshot.read(file).bytes(), file.toString());
  }

  /**
   * Parses output held in a string (as its UTF-8 bytes).
   *
   * @param text the output
   * @param fileName the name used in messages
   * @return the list
   * @throws VmdpException when the text holds no function block, is above 16 MiB or a line is
   *     above 1 MiB
   */
  public static EsxcliPciList parse(String text, String fileName) {
    return parse(text.getBytes(StandardCharsets.UTF_8), fileName);
  }

  /**
   * Parses output held in memory; bytes that are not UTF-8 become U+FFFD.
   *
   * <p>Contradictions in the output are notes, and the contradicting fact is left out: a block
   * whose {@code Parent Device} is the function itself has no parent, and a function listed in two
   * blocks is read from the later one.
   *
   * @param bytes the output
   * @param fileName the name used in messages
   * @return the list
   * @throws VmdpException when the input holds no function block, is above 16 MiB or a line is
   *     above 1 MiB
   */
  public static EsxcliPciList parse(byte[] bytes, String fileName) {
    List<String> all = TextFormats.readerLines(bytes, fileName, TextFormats.Format.ESXCLI_PCI_LIST,
        "not esxcli hardware pci list output");
    List<ReadNote> notes = new ArrayList<>();
    Map<PciAddress, PciFunction> functions = new LinkedHashMap<>();
    Map<PciAddress, HostDeviceReport> reports = new LinkedHashMap<>();
    Map<PciAddress, Integer> lines = new LinkedHashMap<>();
    Map<PciAddress, Integer> spawned = new LinkedHashMap<>();
    Block block = null;
    for (int i = 0; i < all.size(); i++) {
      String raw = all.get(i);
      if (raw.isBlank()) {
        continue;
      }
      if (!Character.isWhitespace(raw.charAt(0))) {
        finish(block, fileName, functions, reports, lines, spawned, notes);
        block = null;
        try {
          block = new Block(PciAddress.parse(raw.strip()), i + 1);
        } catch (VmdpException e) {
          notes.add(new ReadNote(SourceRef.of(fileName, i + 1), "not an esxcli block header (want an address such as "
              + "0000:03:00.0): '" + abbreviate(raw) + "'"));
        }
        continue;
      }
      if (block == null) {
        continue;
      }
      String t = raw.strip();
      int colon = t.indexOf(':');
      if (colon <= 0) {
        notes.add(new ReadNote(SourceRef.of(fileName, i + 1), "not a 'Field: value' line: '" + abbreviate(t) + "'"));
        continue;
      }
      block.fields.put(t.substring(0, colon).strip().toLowerCase(Locale.ROOT), new Field(t.substring(colon + 1).strip(), i + 1));
    }
    finish(block, fileName, functions, reports, lines, spawned, notes);
    if (functions.isEmpty()) {
      int first = 0;
      while (first < all.size() - 1 && all.get(first).isBlank()) {
        first++;
      }
      throw TextFormats.refusal(fileName, all, first, "not esxcli hardware pci list output: no block starts with a "
          + "PCI address such as 0000:03:00.0");
    }
    notes.sort(java.util.Comparator.comparingInt(n -> n.location().line()));
    return new EsxcliPciList(fileName, BusRanges.derive(functions, reports, spawned), reports, lines, notes);
  }

  private record Field(String value, int line) {}

  private static final class Block {
    final PciAddress address;
    final int line;
    final Map<String, Field> fields = new LinkedHashMap<>();

    Block(PciAddress address, int line) {
      this.address = address;
      this.line = line;
    }
  }

  private static void finish(Block b, String fileName, Map<PciAddress, PciFunction> functions,
      Map<PciAddress, HostDeviceReport> reports, Map<PciAddress, Integer> lines, Map<PciAddress, Integer> spawned,
      List<ReadNote> notes) {
    if (b == null) {
      return;
    }
    Integer prior = lines.get(b.address);
    if (prior != null) {
      notes.add(new ReadNote(SourceRef.of(fileName, b.line), "function " + b.address + " listed again (line " + prior
          + "); the later block is used"));
    }
    BlockReader r = new BlockReader(b, fileName, notes);
    PciFunction.Builder f = PciFunction.builder().address(b.address);
    r.hex("vendor id").ifPresent(v -> r.hex("device id").ifPresent(d -> f.id(PciId.of(v, d))));
    r.hex("subvendor id").ifPresent(v -> r.hex("subdevice id").ifPresent(d -> f.subsystem(PciId.of(v, d))));
    r.hex("device class").ifPresent(c -> f.classCode(r.hex("programming interface")
        .map(p -> ClassCode.of(c >> 8, c & 0xff, p)).orElse(ClassCode.of(c >> 8, c & 0xff))));
    r.hex("revision id").ifPresent(f::revision);
    String name = (r.text("vendor name").orElse("") + " " + r.text("device name").orElse("")).strip();
    if (!name.isEmpty()) {
      f.name(name);
    }
    Optional<String> vmk = r.text("vmkernel name");
    vmk.ifPresent(f::vmkernelName);
    r.text("module name").filter(m -> !m.equalsIgnoreCase("none")).ifPresent(f::driver);
    r.hex("spawned bus").filter(bus -> bus > 0 && bus <= 0xff).ifPresent(bus -> spawned.put(b.address, bus));
    functions.put(b.address, f.build());

    HostDeviceReport.Builder rep = HostDeviceReport.builder().address(b.address);
    r.bool("passthru capable").ifPresent(rep::passthruCapable);
    r.device("parent device").ifPresent(parent -> {
      if (parent.equals(b.address)) {
        r.note(b.fields.get("parent device"), "parent device is the function itself; the parent is left unknown");
      } else {
        rep.parent(parent);
      }
    });
    r.device("dependent device").ifPresent(rep::dependentDevice);
    r.resetMethod().ifPresent(rep::resetMethod);
    r.bool("fpt sharable").ifPresent(rep::fptShareable);
    r.owner("configured owner").ifPresent(rep::configuredOwner);
    r.owner("current owner").ifPresent(rep::currentOwner);
    vmk.ifPresent(rep::vmkernelName);
    reports.put(b.address, rep.build());
    lines.put(b.address, b.line);
  }

  /** Reads typed values from a block, noting the ones it cannot read. */
  private static final class BlockReader {
    final Block b;
    final String fileName;
    final List<ReadNote> notes;

    BlockReader(Block b, String fileName, List<ReadNote> notes) {
      this.b = b;
      this.fileName = fileName;
      this.notes = notes;
    }

    Optional<String> text(String key) {
      Field f = b.fields.get(key);
      return f == null || f.value().isEmpty() ? Optional.empty() : Optional.of(f.value());
    }

    Optional<Integer> hex(String key) {
      Field f = b.fields.get(key);
      if (f == null || f.value().isEmpty()) {
        return Optional.empty();
      }
      String v = f.value().toLowerCase(Locale.ROOT);
      try {
        int n = Integer.parseInt(v.startsWith("0x") ? v.substring(2) : v, 16);
        if (n < 0 || n > 0xffff) {
          throw new NumberFormatException();
        }
        return Optional.of(n);
      } catch (NumberFormatException e) {
        note(f, key + " is not a hex number: '" + f.value() + "'");
        return Optional.empty();
      }
    }

    Optional<Boolean> bool(String key) {
      Field f = b.fields.get(key);
      if (f == null || f.value().isEmpty()) {
        return Optional.empty();
      }
      if (f.value().equalsIgnoreCase("true")) {
        return Optional.of(true);
      }
      if (f.value().equalsIgnoreCase("false")) {
        return Optional.of(false);
      }
      note(f, key + " is not true or false: '" + f.value() + "'");
      return Optional.empty();
    }

    Optional<PciAddress> device(String key) {
      Field f = b.fields.get(key);
      if (f == null || f.value().isEmpty() || f.value().equalsIgnoreCase("none")) {
        return Optional.empty();
      }
      try {
        return Optional.of(PciAddress.parseEsxcli(f.value()));
      } catch (VmdpException e) {
        note(f, key + ": " + e.getMessage());
        return Optional.empty();
      }
    }

    Optional<Owner> owner(String key) {
      Field f = b.fields.get(key);
      if (f == null || f.value().isEmpty()) {
        return Optional.empty();
      }
      Optional<Owner> o = Owner.fromText(f.value());
      if (o.isEmpty() && !f.value().equalsIgnoreCase("none") && !f.value().equalsIgnoreCase("unknown")) {
        note(f, key + " is not VMkernel or VM Passthru: '" + f.value() + "'");
      }
      return o;
    }

    Optional<ResetMethod> resetMethod() {
      Field f = b.fields.get("reset method");
      if (f == null || f.value().isEmpty()) {
        return Optional.empty();
      }
      String v = f.value().toLowerCase(Locale.ROOT);
      if (v.startsWith("function") || v.startsWith("flr")) {
        return Optional.of(ResetMethod.FLR);
      }
      if (v.startsWith("link")) {
        return Optional.of(ResetMethod.LINK);
      }
      if (v.startsWith("bridge") || v.startsWith("bus")) {
        return Optional.of(ResetMethod.BRIDGE);
      }
      if (v.startsWith("d3") || v.startsWith("power")) {
        return Optional.of(ResetMethod.D3D0);
      }
      note(f, "reset method not understood: '" + f.value() + "' (want Function reset, Link reset, Bridge reset)");
      return Optional.empty();
    }

    void note(Field f, String message) {
      notes.add(new ReadNote(SourceRef.of(fileName, f.line()), b.address + ": " + message));
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** The file the list was read from, as the user named it. */
  public String fileName() {
    return fileName;
  }

  /**
   * The functions, in listing order, with what esxcli says of their identity; PCI bridges carry the
   * bus range their children's {@code Parent Device} and their {@code Spawned Bus} show.
   */
  public List<PciFunction> functions() {
    return functions;
  }

  /** What esxcli says of passthrough for each function, by address. */
  public Map<PciAddress, HostDeviceReport> reports() {
    return reports;
  }

  /** The report for one function, or empty when the list has no block for it. */
  public Optional<HostDeviceReport> report(PciAddress address) {
    return Optional.ofNullable(reports.get(address));
  }

  /** Where the function's block starts, or empty when the list has no block for it. */
  public Optional<SourceRef> sourceOf(PciAddress address) {
    Integer line = lines.get(address);
    return line == null ? Optional.empty() : Optional.of(SourceRef.of(fileName, line));
  }

  /** Lines or values the reader could not use. */
  public List<ReadNote> notes() {
    return notes;
  }
}
