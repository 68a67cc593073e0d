package dev.vmdp.io.esx;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.esx.internal.PciInfoTable;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
public final class LspciPciInfo extends PciInfoRows {
  private static final Pattern ROW = Pattern.compile("^([0-9a-fA-F]{4,8}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s");
  private static final Pattern HEADER = Pattern.compile("^\\s*(?:Segm:Bu:De\\.F|Bus:S[l1]\\.F)\\s+Vend:Dvid\\b.*");
  private static final PciInfoRows.Dialect DIALECT = new PciInfoRows.Dialect(TextFormats.Format.LSPCI_PCI_INFO,
      "not ESXi lspci -p output", ROW, PciAddress::parse, HEADER, "0000:04:00.0 8086:1533 1043:8557", true);

  /** The two layouts ESXi prints. */
  public enum Layout {
    /** ESXi 5 to 7: the module and the VMkernel name ({@code vmnic0}) end the row. */
    WITH_NAMES,
    /** ESXi 8: no name column. */
    WITHOUT_NAMES
  }

  private LspciPciInfo(String fileName, PciInfoTable.Table table) {
    super(fileName, table);
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
    return new LspciPciInfo(fileName, PciInfoRows.readTable(bytes, fileName, DIALECT));
  }

  /** Which layout the output has: with the name column (ESXi 5 to 7) or without it (ESXi 8). */
  public Layout layout() {
    // The header alone says nothing of the rows: ESXi 5 to 7's layout, as before ESXi 8.
    return functions().isEmpty() || nameColumn() ? Layout.WITH_NAMES : Layout.WITHOUT_NAMES;
  }
}
