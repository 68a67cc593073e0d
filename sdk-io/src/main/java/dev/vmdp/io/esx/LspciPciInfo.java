package dev.vmdp.io.esx;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.esx.internal.PciInfoTable;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.io.internal.TextLines;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ESXi's {@code lspci -p} ({@code --pciinfo}): the VMkernel's table of its PCI functions, one row
 * per function with its ids, interrupt, mode, module and VMkernel name. The mode tells who has the
 * function now: {@code P} (module {@code pciPassthru}) passthrough, {@code V} the VMkernel.
 *
 * <pre>
 * Segm:Bu:De.F Vend:Dvid Subv:Subd ISA/irq/Vect P M Module       Name
 * 0000:04:00.0 8086:1533 1043:8557 255/   /     A V igbn         vmnic0
 * 0000:af:00.0 8086:1572 8086:0004 255/   /     A P pciPassthru  vmnic8
 * </pre>
 *
 * <pre>{@code
 * LspciPciInfo p = LspciPciInfo.read(Path.of("lspci-p.txt"));
 * p.reports().get(PciAddress.parse("0000:af:00.0")).currentOwner();   // Optional[PASSTHRU]
 * }</pre>
 *
 * <p>Both layouts are read: ESXi 5 to 7 with the name column, and ESXi 8, which drops it (and
 * widens the address column); rows with and without the header line (output cut with
 * {@code grep}). The formats are those of public copies of the output: a vmkvsitools session on
 * ESXi 7.0 U2 ({@code Segm:Bu:De.F ... Name} header, a row with a name but no module), and the
 * tests of Intel's mfd-esxi library ({@code pciPassthru} rows, SR-IOV VFs with pin {@code @}, the
 * ESXi 8 layout without names).
 *
 * <p>The model binding: {@link #functions()} (ids, subsystem, driver, VMkernel name; the table
 * shows no class, capabilities or bridges), and {@link #reports()}, each function's current owner.
 * A row it cannot read becomes a {@link ReadNote}; text that is not this table is refused with its
 * place: {@code FILE:LINE:1: not ESXi lspci -p output: this is lspci output}.
 */
public final class LspciPciInfo {
  private static final String NOT_LSPCI_P = "not ESXi lspci -p output";
  private static final Pattern ROW = Pattern.compile("^([0-9a-fA-F]{4,8}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s");
  private static final Pattern HEADER = Pattern.compile("^\\s*(?:Segm:Bu:De\\.F|Bus:S[l1]\\.F)\\s+Vend:Dvid\\b.*");

  /** The two layouts ESXi prints. */
  public enum Layout {
    /** ESXi 5 to 7: the module and the VMkernel name ({@code vmnic0}) end the row. */
    WITH_NAMES,
    /** ESXi 8: no name column. */
    WITHOUT_NAMES
  }

  private final String fileName;
  private final Layout layout;
  private final PciInfoRows rows;
  private final List<ReadNote> notes;

  private LspciPciInfo(String fileName, Layout layout, PciInfoRows rows, List<ReadNote> notes) {
    this.fileName = fileName;
    this.layout = layout;
    this.rows = rows;
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads a file.
   *
   * @param file the saved output
   * @return what it says
   * @throws VmdpException {@code file:1:1: cannot read file: ...}, {@code file:1:1: not a regular
   *     file ...}, above 16 MiB or a line above 1 MiB, or not this output
   */
  public static LspciPciInfo read(Path file) {
    return parse(FileSnapshot.read(file).bytes(), file.toString());
  }

  /**
   * Parses output held in a string (as its UTF-8 bytes).
   *
   * @param text the output
   * @param fileName the name used in messages
   * @return what it says
   * @throws VmdpException when the text is not this output, is above 16 MiB or a line above 1 MiB
   */
  public static LspciPciInfo parse(String text, String fileName) {
    return parse(text.getBytes(StandardCharsets.UTF_8), fileName);
  }

  /**
   * Parses output held in memory; bytes that are not UTF-8 become U+FFFD.
   *
   * @param bytes the output
   * @param fileName the name used in messages
   * @return what it says
   * @throws VmdpException when the input is not this output (another format's lines, or no row),
   *     is above 16 MiB or a line above 1 MiB
   */
  public static LspciPciInfo parse(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    InputLimits.defaults().checkFileSize(fileName, bytes.length);
    List<String> lines = TextLines.split(bytes, fileName, InputLimits.defaults()).texts(StandardCharsets.UTF_8);
    TextFormats.refuseOther(lines, fileName, TextFormats.Format.LSPCI_PCI_INFO, NOT_LSPCI_P);
    PciInfoTable.Table t = PciInfoTable.read(lines, fileName, ROW, PciAddress::parse, HEADER);
    if (t.rows().isEmpty()) {
      if (t.headerLine() >= 0 && t.notes().isEmpty()) {
        return new LspciPciInfo(fileName, Layout.WITH_NAMES, new PciInfoRows(fileName, t), t.notes());
      }
      int at = t.notes().isEmpty() ? 0 : t.notes().get(0).location().line() - 1;
      throw TextFormats.refusal(fileName, lines, at, NOT_LSPCI_P + ": no row starts with an address and two id "
          + "pairs, such as 0000:04:00.0 8086:1533 1043:8557");
    }
    Layout layout = t.nameColumn() ? Layout.WITH_NAMES : Layout.WITHOUT_NAMES;
    return new LspciPciInfo(fileName, layout, new PciInfoRows(fileName, t), t.notes());
  }

  /** The file the output was read from, as the user named it. */
  public String fileName() {
    return fileName;
  }

  /** Which layout the output has: with the name column (ESXi 5 to 7) or without it (ESXi 8). */
  public Layout layout() {
    return layout;
  }

  /** The functions in listing order: ids, subsystem, driver and VMkernel name as the rows show them. */
  public List<PciFunction> functions() {
    return rows.functions();
  }

  /** What the rows say of each function: its current owner (and VMkernel name), by address. */
  public Map<PciAddress, HostDeviceReport> reports() {
    return rows.reports();
  }

  /** Where a function's row is, or empty when the output has no row for it. */
  public Optional<SourceRef> sourceOf(PciAddress address) {
    return rows.sourceOf(address);
  }

  /** Rows and lines the reader could not use, each at its place. */
  public List<ReadNote> notes() {
    return notes;
  }

  /** Renders as {@code LspciPciInfo[file, N functions]}. */
  @Override
  public String toString() {
    return "LspciPciInfo[" + fileName + ", " + functions().size() + " functions]";
  }
}
