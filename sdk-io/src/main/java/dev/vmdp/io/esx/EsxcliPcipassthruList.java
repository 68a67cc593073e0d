package dev.vmdp.io.esx;

import dev.vmdp.io.FileSnapshot;
import dev.vmdp.io.ReadNote;
import dev.vmdp.io.internal.TextFormats;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code esxcli hardware pci pcipassthru list} (ESXi 7.0 and later): one row per
 * passthrough-capable function with whether passthrough is enabled (configured) for it.
 *
 * <pre>
 * Device ID     Enabled
 * ------------  -------
 * 0000:02:00.0    true
 * 0000:18:00.0   false
 * </pre>
 *
 * The form is that of DOMAIN.md 7.3a and of the tests of Intel's mfd-esxi library, which reads it
 * on ESXi 7.0 and later ({@code esxcli hardware pci list}'s {@code Passthru Capable} before).
 *
 * <pre>{@code
 * EsxcliPcipassthruList list = EsxcliPcipassthruList.read(Path.of("pcipassthru.txt"));
 * list.reports().get(PciAddress.parse("0000:18:00.0")).configuredOwner();   // Optional[VMKERNEL]
 * }</pre>
 *
 * <p>The model binding, {@link #reports()}: each listed function is passthrough capable, and its
 * configured owner is {@code VM Passthru} when enabled, the VMkernel when not. A function the list
 * does not name is not said to be incapable (a list cut with {@code grep} looks the same), and
 * the list gives no function of the topology: it names only the capable ones. A row it cannot
 * read becomes a {@link ReadNote}; text that is not this output is refused with its place
 * ({@code FILE:LINE:1: not esxcli hardware pci pcipassthru list output: this is lspci output}).
 * The header alone is an empty list.
 */
public final class EsxcliPcipassthruList {
  private static final String NOT_PCIPASSTHRU = "not esxcli hardware pci pcipassthru list output";
  private static final Pattern HEADER = Pattern.compile("^\\s*Device ID\\s+Enabled\\s*$");
  private static final Pattern RULE = Pattern.compile("^[\\s-]+$");
  private static final Pattern ROW = Pattern.compile("^\\s*(\\S+)\\s+(\\S+)\\s*$");

  private final String fileName;
  private final Map<PciAddress, HostDeviceReport> reports;
  private final Map<PciAddress, Integer> lines;
  private final List<ReadNote> notes;

  private EsxcliPcipassthruList(String fileName, Map<PciAddress, HostDeviceReport> reports,
      Map<PciAddress, Integer> lines, List<ReadNote> notes) {
    this.fileName = fileName;
    this.reports = Collections.unmodifiableMap(reports);
    this.lines = Map.copyOf(lines);
    this.notes = List.copyOf(notes);
  }

  /**
   * Reads a file.
   *
   * @param file the saved output
   * @return the list
   * @throws VmdpException {@code file:1:1: cannot read file: ...}, {@code file:1:1: not a regular
   *     file ...}, above 16 MiB or a line above 1 MiB, or not this output
   */
  public static EsxcliPcipassthruList read(Path file) {
    return parse(FileSnapshot.read(file).bytes(), file.toString());
  }

  /**
   * Parses output held in a string (as its UTF-8 bytes).
   *
   * @param text the output
   * @param fileName the name used in messages
   * @return the list
   * @throws VmdpException when the text is not this output, is above 16 MiB or a line above 1 MiB
   */
  public static EsxcliPcipassthruList parse(String text, String fileName) {
    return parse(text.getBytes(StandardCharsets.UTF_8), fileName);
  }

  /**
   * Parses output held in memory; bytes that are not UTF-8 become U+FFFD.
   *
   * @param bytes the output
   * @param fileName the name used in messages
   * @return the list
   * @throws VmdpException when the input is not this output (another format's lines, or neither a
   *     header nor a row), is above 16 MiB or a line above 1 MiB
   */
  public static EsxcliPcipassthruList parse(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    List<String> all = TextFormats.readerLines(bytes, fileName, TextFormats.Format.ESXCLI_PCIPASSTHRU_LIST, NOT_PCIPASSTHRU);
    Map<PciAddress, HostDeviceReport> reports = new LinkedHashMap<>();
    Map<PciAddress, Integer> lines = new LinkedHashMap<>();
    List<ReadNote> notes = new ArrayList<>();
    boolean header = false;
    int firstProblem = -1;
    for (int i = 0; i < all.size(); i++) {
      String l = all.get(i);
      if (l.isBlank() || RULE.matcher(l).matches()) {
        continue;
      }
      if (HEADER.matcher(l).matches()) {
        header = true;
        continue;
      }
      String why = row(l, i + 1, fileName, reports, lines, notes);
      if (why != null) {
        notes.add(new ReadNote(SourceRef.of(fileName, i + 1, 1), why));
        firstProblem = firstProblem < 0 ? i : firstProblem;
      }
    }
    if (reports.isEmpty() && !header) {
      throw TextFormats.refusal(fileName, all, Math.max(firstProblem, 0), NOT_PCIPASSTHRU
          + ": no 'Device ID  Enabled' header and no row such as '0000:02:00.0  true'");
    }
    return new EsxcliPcipassthruList(fileName, reports, lines, notes);
  }

  /** Reads a row into the maps; returns why it is not one, or null. */
  private static String row(String l, int line, String fileName, Map<PciAddress, HostDeviceReport> reports,
      Map<PciAddress, Integer> lines, List<ReadNote> notes) {
    Matcher m = ROW.matcher(l);
    if (!m.matches()) {
      return "not a row 'Device ID  Enabled' (such as '0000:02:00.0  true'): '" + abbreviate(l) + "'";
    }
    PciAddress a;
    try {
      a = PciAddress.parse(m.group(1));
    } catch (VmdpException e) {
      return "not a PCI address: '" + abbreviate(m.group(1)) + "'";
    }
    String enabled = m.group(2).toLowerCase(Locale.ROOT);
    if (!enabled.equals("true") && !enabled.equals("false")) {
      return a + ": Enabled is not true or false: '" + abbreviate(m.group(2)) + "'";
    }
    Integer before = lines.put(a, line);
    if (before != null) {
      notes.add(new ReadNote(SourceRef.of(fileName, line, 1), "function " + a + " listed again (line " + before
          + "); the later row is used"));
    }
    reports.put(a, HostDeviceReport.builder().address(a).passthruCapable(true)
        .configuredOwner(enabled.equals("true") ? Owner.PASSTHRU : Owner.VMKERNEL).build());
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** The file the list was read from, as the user named it. */
  public String fileName() {
    return fileName;
  }

  /**
   * What the list says of each function it names, by address: passthrough capable, and the
   * configured owner ({@code VM Passthru} when enabled, else the VMkernel).
   */
  public Map<PciAddress, HostDeviceReport> reports() {
    return reports;
  }

  /** Where a function's row is, or empty when the list has no row for it. */
  public Optional<SourceRef> sourceOf(PciAddress address) {
    Integer line = lines.get(address);
    return line == null ? Optional.empty() : Optional.of(SourceRef.of(fileName, line));
  }

  /** Rows the reader could not use, each at its place. */
  public List<ReadNote> notes() {
    return notes;
  }

  /** Renders as {@code EsxcliPcipassthruList[file, N functions]}. */
  @Override
  public String toString() {
    return "EsxcliPcipassthruList[" + fileName + ", " + reports.size() + " functions]";
  }
}
