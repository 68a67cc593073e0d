package dev.vmdp.io.esx.internal;

import dev.vmdp.io.ReadNote;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table the VMkernel prints of its PCI functions, one row per function, which ESXi's
 * {@code lspci -p} and the ESX 4 service console's {@code lspci} share:
 *
 * <pre>
 * Segm:Bu:De.F Vend:Dvid Subv:Subd ISA/irq/Vect P M Module       Name
 * 0000:04:00.0 8086:1533 1043:8557 255/   /     A V igbn         vmnic0
 * 0000:af:00.0 8086:1572 8086:0004 255/   /     A P pciPassthru  vmnic8
 * 0000:6b:00.0 8086:4940 8086:0000                V qat
 * </pre>
 *
 * <p>After the address and the two id pairs come the interrupt columns (ISA line, IRQ, vector:
 * {@code 255/   /}, {@code 10/ 10/0x91}, blank when the function raises none; a bridge of ESX 4
 * shows its spawned bus there), the interrupt pin ({@code A}..{@code D}, {@code @} for none), the
 * mode ({@code V} the VMkernel, {@code P} passthrough, {@code C} the ESX 4 service console,
 * {@code S} shared), then the module (driver) and the VMkernel name; ESXi 8 prints no name column.
 * Columns are fixed-width, so a row with a name but no module ({@code A V              vmnic2})
 * is told from one with a module only by where the word starts.
 */
public final class PciInfoTable {
  private static final String IDS = "([0-9a-fA-F]{4}):([0-9a-fA-F]{4})";
  private static final Pattern TWO_IDS = Pattern.compile("\\s+" + IDS + "\\s+" + IDS);
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern PIN = Pattern.compile("[A-D@]");
  private static final Pattern MODE = Pattern.compile("[VPCS]");
  private static final Pattern INTERRUPT = Pattern.compile("[0-9]*/[0-9xXa-fA-F/]*|[0-9]+");

  /** Column offsets after the mode letter, as the VMkernel pads them. */
  private static final int NAME_OFFSET = 15;

  private PciInfoTable() {}

  /**
   * One row.
   *
   * @param line the 1-based line
   * @param address the function
   * @param id vendor and device id
   * @param subsystem subsystem vendor and device id
   * @param mode the mode letter: {@code V}, {@code P}, {@code C} or {@code S}
   * @param module the module column, or null when blank
   * @param name the name column, or null when blank or not printed
   */
  public record Row(int line, PciAddress address, PciId id, PciId subsystem, char mode, String module, String name) {
    /** True when the VMkernel gave the function to passthrough: mode {@code P} or module {@code pciPassthru}. */
    public boolean passthrough() {
      return mode == 'P' || "pciPassthru".equalsIgnoreCase(module);
    }
  }

  /**
   * The rows of a table and the lines it could not use.
   *
   * @param rows the rows in file order, each address once (a later row replaces an earlier one)
   * @param notes lines not read, each at its line
   * @param headerLine the 0-based line of the header, or -1 without one
   * @param nameColumn true when the header, or some row, shows the name column
   */
  public record Table(List<Row> rows, List<ReadNote> notes, int headerLine, boolean nameColumn) {}

  /**
   * Reads a table.
   *
   * @param lines the lines without terminators
   * @param fileName the file as the user named it
   * @param row the pattern of a row's start: group 1 the address text, then the row's rest
   * @param address turns group 1 into an address (throws for one out of range)
   * @param header the pattern of the header line
   * @return the table
   */
  public static Table read(List<String> lines, String fileName, Pattern row, Function<String, PciAddress> address,
      Pattern header) {
    Map<PciAddress, Row> rows = new LinkedHashMap<>();
    List<ReadNote> notes = new ArrayList<>();
    int headerLine = -1;
    boolean names = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      if (header.matcher(l).matches()) {
        headerLine = headerLine < 0 ? i : headerLine;
        names |= l.contains("Name");
        continue;
      }
      if (l.strip().equalsIgnoreCase("Spawned bus")) {
        continue; // the second header line of the ESX 4 table
      }
      Matcher m = row.matcher(l);
      if (!m.lookingAt()) {
        notes.add(new ReadNote(SourceRef.of(fileName, i + 1, 1), "not a row of the table (want an address and two "
            + "id pairs, such as 0000:04:00.0 8086:1533 1043:8557): '" + abbreviate(l) + "'"));
        continue;
      }
      PciAddress a;
      try {
        a = address.apply(m.group(1));
      } catch (RuntimeException e) {
        notes.add(new ReadNote(SourceRef.of(fileName, i + 1, 1), "not a PCI address: '" + m.group(1) + "'"));
        continue;
      }
      Matcher ids = TWO_IDS.matcher(l).region(m.end(1), l.length());
      if (!ids.lookingAt()) {
        notes.add(new ReadNote(SourceRef.of(fileName, i + 1, 1), "no vendor and subsystem ids after " + a));
        continue;
      }
      Row r = columns(l, ids.end(), i + 1, a, PciId.of(hex(ids.group(1)), hex(ids.group(2))),
          PciId.of(hex(ids.group(3)), hex(ids.group(4))), fileName, notes);
      if (r == null) {
        continue;
      }
      names |= r.name() != null;
      Row before = rows.remove(a);
      if (before != null) {
        notes.add(new ReadNote(SourceRef.of(fileName, i + 1, 1), "function " + a + " listed again (line "
            + before.line() + "); the later row is used"));
      }
      rows.put(a, r);
    }
    return new Table(List.copyOf(rows.values()), notes, headerLine, names);
  }

  private static Row columns(String l, int from, int line, PciAddress a, PciId id, PciId sub, String fileName,
      List<ReadNote> notes) {
    Matcher t = TOKEN.matcher(l).region(from, l.length());
    int modeAt = -1;
    char mode = 0;
    while (t.find()) {
      String token = t.group();
      if (MODE.matcher(token).matches()) {
        modeAt = t.start();
        mode = token.charAt(0);
        break;
      }
      if (!PIN.matcher(token).matches() && !INTERRUPT.matcher(token).matches()) {
        notes.add(new ReadNote(SourceRef.of(fileName, line, t.start() + 1), a + ": not an interrupt, pin or mode "
            + "column: '" + abbreviate(token) + "'; the row is left out"));
        return null;
      }
    }
    if (modeAt < 0) {
      notes.add(new ReadNote(SourceRef.of(fileName, line, 1), a + ": no mode column (V, P, C or S); the row is left out"));
      return null;
    }
    List<int[]> words = new ArrayList<>();
    while (t.find()) {
      words.add(new int[] {t.start(), t.end()});
    }
    String module = null;
    String name = null;
    if (words.size() == 1) {
      String w = l.substring(words.get(0)[0], words.get(0)[1]);
      if (words.get(0)[0] >= modeAt + NAME_OFFSET) {
        name = w;
      } else {
        module = w;
      }
    } else if (!words.isEmpty()) {
      module = l.substring(words.get(0)[0], words.get(0)[1]);
      name = l.substring(words.get(1)[0], words.get(words.size() - 1)[1]);
    }
    return new Row(line, a, id, sub, mode, module, name);
  }

  private static int hex(String s) {
    return Integer.parseInt(s, 16);
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
