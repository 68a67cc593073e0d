package dev.vmdp.io.esx;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.esx.internal.PciInfoTable;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ESX 4 service console's {@code lspci}: the VMkernel's PCI table of ESX/ESXi 4.x, whose
 * addresses print the function with two digits ({@code 00:07.03}, no segment), with the mode
 * column of that era ({@code V} VMkernel, {@code C} service console, {@code S} shared, {@code P}
 * passthrough):
 *
 * <pre>
 * Bus:Sl.F Vend:Dvid Subv:Subd ISA/irq/Vec P M Module       Name
 * 00:00.00 8086:7190 15ad:1976               V
 * 00:07.03 8086:7113 15ad:1976 255/   /     &#64; V ide          vmhba0
 * 02:00.00 8086:100f 15ad:0750 10/ 10/0x91 A V e1000        vmnic0
 * </pre>
 *
 * The form is the one of the doctest of VMware's ESXi installer ("Weasel",
 * {@code SystemProbeESXi.parsePciInfo} for ESXi 4.1), and of the VMkernel's own print format of
 * the table ({@code Bus:Sl.F}, the interrupt column {@code %2d/%3d/0x%02x %c}, {@code @} for no
 * pin), recorded in DOMAIN.md 7.3a.
 *
 * <pre>{@code
 * Esx4Lspci cos = Esx4Lspci.read(Path.of("esx4-lspci.txt"));
 * cos.functions();   // 0000:02:00.0 8086:100f [vmnic0], ...
 * }</pre>
 *
 * <p>The model binding is that of {@link LspciPciInfo}: {@link #functions()} and each function's
 * current owner in {@link #reports()} ({@code C} and {@code S} count as the VMkernel's side: not
 * passthrough). Text that is not this table is refused with its place:
 * {@code FILE:LINE:1: not ESX 4 service console lspci output: this is ESXi lspci -p output}.
 */
public final class Esx4Lspci extends PciInfoRows {
  private static final Pattern ROW = Pattern.compile("^([0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-9a-fA-F]{2})\\s");
  private static final Pattern ADDRESS = Pattern.compile("([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-9a-fA-F]{2})");
  private static final Pattern HEADER = Pattern.compile("^\\s*Bus:S[l1]\\.F\\s+Vend:Dvid\\b.*");
  private static final PciInfoRows.Dialect DIALECT = new PciInfoRows.Dialect(TextFormats.Format.ESX4_LSPCI,
      "not ESX 4 service console lspci output", ROW, Esx4Lspci::address, HEADER, "02:00.00 8086:100f 15ad:0750",
      false);

  private Esx4Lspci(String fileName, PciInfoTable.Table table) {
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
  public static Esx4Lspci read(Path file) {
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
  public static Esx4Lspci parse(String text, String fileName) {
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
  public static Esx4Lspci parse(byte[] bytes, String fileName) {
    return new Esx4Lspci(fileName, PciInfoRows.readTable(bytes, fileName, DIALECT));
  }

  /** {@code 00:07.03}: bus, slot, and the function in two digits. */
  private static PciAddress address(String text) {
    Matcher m = ADDRESS.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(text);
    }
    return PciAddress.of(0, Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16),
        Integer.parseInt(m.group(3), 16));
  }
}
