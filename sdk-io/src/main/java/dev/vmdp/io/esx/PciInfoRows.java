package dev.vmdp.io.esx;

import dev.vmdp.io.ReadNote;
import dev.vmdp.io.esx.internal.PciInfoTable;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The reading and the model binding of the VMkernel's PCI table, the one implementation of
 * {@link LspciPciInfo} and {@link Esx4Lspci}, which differ only in their {@link Dialect} (and
 * ESXi's layout): each row is a function (ids, subsystem, driver, VMkernel name; no class, no
 * capabilities) and a host report of its current owner. The two readers extend it so that what
 * they answer alike is written once; each keeps its own public static factories.
 */
abstract class PciInfoRows {
  private final String fileName;
  private final List<PciFunction> functions;
  private final Map<PciAddress, HostDeviceReport> reports;
  private final Map<PciAddress, Integer> lines;
  private final List<ReadNote> notes;
  private final boolean nameColumn;

  /**
   * What tells one printing of the table from the other.
   *
   * @param format the format {@link TextFormats} recognises it as
   * @param notThis the reader's words for a text that is not its output
   * @param row the pattern of a row's start: group 1 the address text
   * @param address turns group 1 into an address (throws for one out of range)
   * @param header the pattern of the header line
   * @param exampleRow a row of the output, shown when the text has none
   * @param headerAloneIsEmpty true when the header alone is an empty table rather than a refusal
   */
  record Dialect(TextFormats.Format format, String notThis, Pattern row, Function<String, PciAddress> address,
      Pattern header, String exampleRow, boolean headerAloneIsEmpty) {}

  /**
   * The rows of a table read with {@link #readTable}.
   *
   * @param fileName the file as the user named it
   * @param table the table
   */
  PciInfoRows(String fileName, PciInfoTable.Table table) {
    this.fileName = fileName;
    List<PciFunction> fns = new ArrayList<>();
    Map<PciAddress, HostDeviceReport> reps = new LinkedHashMap<>();
    Map<PciAddress, Integer> at = new LinkedHashMap<>();
    for (PciInfoTable.Row r : table.rows()) {
      PciFunction.Builder f = PciFunction.builder().address(r.address()).id(r.id()).subsystem(r.subsystem());
      if (r.module() != null) {
        f.driver(r.module());
      }
      if (r.name() != null) {
        f.vmkernelName(r.name());
      }
      fns.add(f.build());
      HostDeviceReport.Builder rep = HostDeviceReport.builder().address(r.address())
          .currentOwner(r.passthrough() ? Owner.PASSTHRU : Owner.VMKERNEL);
      if (r.name() != null) {
        rep.vmkernelName(r.name());
      }
      reps.put(r.address(), rep.build());
      at.put(r.address(), r.line());
    }
    this.functions = List.copyOf(fns);
    this.reports = Collections.unmodifiableMap(reps);
    this.lines = Map.copyOf(at);
    this.notes = List.copyOf(table.notes());
    this.nameColumn = table.nameColumn();
  }

  /**
   * Reads a printing of the table; bytes that are not UTF-8 become U+FFFD.
   *
   * @param bytes the output
   * @param fileName the name used in messages
   * @param dialect which printing
   * @return the table
   * @throws dev.vmdp.model.VmdpException when the input is not this output (another format's lines,
   *     or no row), is above 16 MiB or a line above 1 MiB
   */
  static PciInfoTable.Table readTable(byte[] bytes, String fileName, Dialect dialect) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    List<String> lines = TextFormats.readerLines(bytes, fileName, dialect.format(), dialect.notThis());
    PciInfoTable.Table t = PciInfoTable.read(lines, fileName, dialect.row(), dialect.address(), dialect.header());
    boolean emptyTable = dialect.headerAloneIsEmpty() && t.headerLine() >= 0 && t.notes().isEmpty();
    if (t.rows().isEmpty() && !emptyTable) {
      int at = t.notes().isEmpty() ? 0 : t.notes().get(0).location().line() - 1;
      throw TextFormats.refusal(fileName, lines, at, dialect.notThis() + ": no row starts with an address and two "
          + "id pairs, such as " + dialect.exampleRow());
    }
    return t;
  }

  /** The file the output was read from, as the user named it. */
  public final String fileName() {
    return fileName;
  }

  /** The functions in listing order: ids, subsystem, driver and VMkernel name as the rows show them. */
  public final List<PciFunction> functions() {
    return functions;
  }

  /** What the rows say of each function: its current owner (and VMkernel name), by address. */
  public final Map<PciAddress, HostDeviceReport> reports() {
    return reports;
  }

  /**
   * Where a function's row is.
   *
   * @param address the function
   * @return its row's place, or empty when the output has no row for it
   */
  public final Optional<SourceRef> sourceOf(PciAddress address) {
    Integer line = lines.get(address);
    return line == null ? Optional.empty() : Optional.of(SourceRef.of(fileName, line));
  }

  /** Rows and lines the reader could not use, each at its place. */
  public final List<ReadNote> notes() {
    return notes;
  }

  /** True when the header, or some row, shows the name column. */
  final boolean nameColumn() {
    return nameColumn;
  }

  /** Renders as {@code LspciPciInfo[file, N functions]} (the reader's class name). */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + fileName + ", " + functions.size() + " functions]";
  }
}
