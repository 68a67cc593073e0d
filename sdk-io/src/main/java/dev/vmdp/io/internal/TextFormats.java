package dev.vmdp.io.internal;

import dev.vmdp.io.InputLimits;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of host file a text is, from its first lines: the one recognition of sdk-io. The host
 * assembler recognises a file given without a kind by it, and every host reader refuses text of
 * another kind by it, naming the kind ({@code not lspci output: this is ESXi lspci -p output}), so
 * no reader half-reads a format it does not know.
 *
 * <p>The first line that only one format prints decides; blank lines and {@code #} comments are
 * passed over (a passthru.map's shipped header comment decides). At most
 * {@link #LINES_LOOKED_AT} lines are looked at.
 *
 * <pre>{@code
 * Optional<TextFormats.Guess> g = TextFormats.recognise(lines);
 * g.map(TextFormats.Guess::format);   // Optional[LSPCI_PCI_INFO]
 * TextFormats.refuseOther(lines, "lspci-p.txt", TextFormats.Format.LSPCI, "not lspci output");
 * }</pre>
 */
public final class TextFormats {
  /** How many lines recognition looks at before it gives up. */
  public static final int LINES_LOOKED_AT = 400;

  /** How many bytes of a file recognition decodes. */
  public static final int BYTES_LOOKED_AT = 64 * 1024;

  private static final String ADDRESS = "(?:[0-9a-fA-F]{4,8}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]";
  private static final String SEGMENT_ADDRESS = "[0-9a-fA-F]{4,8}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]";
  private static final String IDS = "[0-9a-fA-F]{4}:[0-9a-fA-F]{4}";

  private static final Pattern PCI_INFO_HEADER = Pattern.compile("^Segm:Bu:De\\.F\\s+Vend:Dvid\\b.*");
  private static final Pattern ESX4_HEADER = Pattern.compile("^Bus:S[l1]\\.F\\s+Vend:Dvid\\b.*");
  private static final Pattern PCI_INFO_ROW =
      Pattern.compile("^" + SEGMENT_ADDRESS + "\\s+" + IDS + "\\s+" + IDS + "(?:\\s.*)?$");
  private static final Pattern ESX4_ROW =
      Pattern.compile("^[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-9a-fA-F]{2}\\s+" + IDS + "\\s+" + IDS + "(?:\\s.*)?$");
  private static final Pattern ADDRESS_ALONE = Pattern.compile("^" + ADDRESS + "\\s*$");
  private static final Pattern ESXCLI_FIELD = Pattern.compile("^\\s+[A-Z][A-Za-z ]*:.*");
  private static final Pattern PASSTHRU_HEADER = Pattern.compile("^Device ID\\s+Enabled\\s*$");
  private static final Pattern PASSTHRU_ROW =
      Pattern.compile("^" + SEGMENT_ADDRESS + "\\s+(?i:true|false)\\s*$");
  private static final Pattern LSPCI_ROW = Pattern.compile(
      "^" + ADDRESS + "\\s+(?:(?:Class )?[0-9a-fA-F]{4}: " + IDS + "|[^:]*[A-Za-z][^:]*(?: \\[[0-9a-fA-F]{4}\\])?: .*)$");
  private static final Pattern LSPCI_MACHINE = Pattern.compile("^Slot:\\t" + ADDRESS + "\\s*$");
  private static final Pattern VERSION = Pattern.compile("^VMware ESXi? \\d{1,2}\\.\\d{1,2}\\b.*");
  private static final Pattern VERSION_GET = Pattern.compile("^\\s*Product:\\s*VMware ESXi?\\s*$");
  private static final Pattern MODULE_HEADER = Pattern.compile("^Name\\s+(?:Used\\s+Size|Is Loaded\\s+Is Enabled)\\b.*");
  private static final Pattern MODULE_ROW =
      Pattern.compile("^[A-Za-z_][A-Za-z0-9_.\\-]*\\s+(?:\\d+(?:\\s+\\d+)?|(?i:true|false)\\s+(?i:true|false))\\s*$");
  private static final Pattern ESX_CONF_ROW = Pattern.compile("^/[^\\s=]*\\s*=\\s*\".*");
  private static final Pattern MAP_ROW = Pattern.compile(
      "^\\s*(?:0[xX])?[0-9a-fA-F]{1,4}\\s+(?:0[xX])?[0-9a-fA-F]{1,4}\\s+(?i:flr|d3d0|link|bridge|default)(?:\\s.*)?$");
  private static final Pattern MAP_HEADER = Pattern.compile(
      "^#\\s*(?:passthrough attributes for devices|file format: vendor-id device-id resetMethod fptShareable).*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VMX_ROW = Pattern.compile("^[A-Za-z.][A-Za-z0-9_.:\\-]*\\s*=\\s*\".*");
  private static final Pattern LOG_STAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
  private static final Pattern VMKERNEL_LOG = Pattern.compile(
      "^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(?:(?:[A-Z][a-z]\\(\\d+\\)\\s+)?vmkernel:\\s+)?cpu\\d+:\\d+\\).*");
  private static final Pattern LOG_OTHER = Pattern.compile(
      "^(?:[A-Z][a-z]{2} [ 0-9]?\\d \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?: )?vmx\\| .*");

  private TextFormats() {}

  /** The kinds of text vmdp reads from a host. */
  public enum Format {
    /** lspci output in any form the lspci reader knows (Linux pciutils, ESXi's own list, trees). */
    LSPCI("lspci output"),
    /** ESXi's {@code lspci -p} (passthrough view). */
    LSPCI_PCI_INFO("ESXi lspci -p output"),
    /** The ESX 4 service console's lspci, with {@code 00:00.00} addresses. */
    ESX4_LSPCI("ESX 4 service console lspci output"),
    /** {@code esxcli hardware pci list}. */
    ESXCLI_PCI_LIST("esxcli hardware pci list output"),
    /** {@code esxcli hardware pci pcipassthru list}. */
    ESXCLI_PCIPASSTHRU_LIST("esxcli hardware pci pcipassthru list output"),
    /** {@code esxcfg-module --list} or {@code esxcli system module list}. */
    MODULE_LIST("a module list (esxcfg-module --list)"),
    /** {@code /etc/vmware/esx.conf}. */
    ESX_CONF("esx.conf"),
    /** {@code /etc/vmware/passthru.map}. */
    PASSTHRU_MAP("a passthru.map"),
    /** A VM's {@code .vmx}. */
    VMX("a .vmx file"),
    /** A VM's {@code vmware.log}. */
    VMWARE_LOG("a vmware.log"),
    /** The host's {@code vmkernel.log}. */
    VMKERNEL_LOG("a vmkernel.log"),
    /** {@code vmware -v} / {@code -vl} or {@code esxcli system version get}. */
    VERSION("vmware -v output (the host's version)");

    private final String description;

    Format(String description) {
      this.description = description;
    }

    /** What the text is, for messages: {@code ESXi lspci -p output}. */
    public String description() {
      return description;
    }
  }

  /**
   * A recognised format and the line that showed it.
   *
   * @param format the format
   * @param line the 0-based index of the line
   */
  public record Guess(Format format, int line) {}

  /**
   * The format of a file's first bytes ({@link #BYTES_LOOKED_AT} of them, as UTF-8).
   *
   * @param bytes the file
   * @return the format, or empty when no line says
   */
  public static Optional<Guess> recognise(byte[] bytes) {
    int n = Math.min(bytes.length, BYTES_LOOKED_AT);
    String head = new String(bytes, 0, n, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String l : head.split("\r\n|\r|\n", LINES_LOOKED_AT + 1)) {
      if (lines.size() == LINES_LOOKED_AT) {
        break;
      }
      lines.add(l);
    }
    return recognise(lines);
  }

  /**
   * The format of a text from its lines.
   *
   * @param lines the lines without terminators
   * @return the format and the line that showed it, or empty when no line says
   */
  public static Optional<Guess> recognise(List<String> lines) {
    int limit = Math.min(lines.size(), LINES_LOOKED_AT);
    for (int i = 0; i < limit; i++) {
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      Format f = classify(lines, i);
      if (f != null) {
        return Optional.of(new Guess(f, i));
      }
    }
    return Optional.empty();
  }

  private static Format classify(List<String> lines, int i) {
    String l = lines.get(i);
    String t = l.strip();
    if (i == firstNonBlank(lines) && (t.startsWith("-[") || t.startsWith("-+-[") || t.startsWith("+-[")
        || t.startsWith("\\-["))) {
      return Format.LSPCI;
    }
    if (t.startsWith("#")) {
      if (MAP_HEADER.matcher(t).matches()) {
        return Format.PASSTHRU_MAP;
      }
      return t.startsWith("#!") && t.contains("vmware") ? Format.VMX : null;
    }
    if (PCI_INFO_HEADER.matcher(l).matches() || PCI_INFO_ROW.matcher(l).matches()) {
      return Format.LSPCI_PCI_INFO;
    }
    if (ESX4_HEADER.matcher(l).matches()) {
      // The ESX 4 header; its rows decide when a later layout prints the same header.
      for (int j = i + 1; j < Math.min(lines.size(), i + 8); j++) {
        if (PCI_INFO_ROW.matcher(lines.get(j)).matches()) {
          return Format.LSPCI_PCI_INFO;
        }
      }
      return Format.ESX4_LSPCI;
    }
    if (ESX4_ROW.matcher(l).matches()) {
      return Format.ESX4_LSPCI;
    }
    if (ADDRESS_ALONE.matcher(l).matches()) {
      int next = nextNonBlank(lines, i + 1);
      return next >= 0 && ESXCLI_FIELD.matcher(lines.get(next)).matches() ? Format.ESXCLI_PCI_LIST : null;
    }
    if (PASSTHRU_HEADER.matcher(l).matches() || PASSTHRU_ROW.matcher(l).matches()) {
      return Format.ESXCLI_PCIPASSTHRU_LIST;
    }
    if (LSPCI_ROW.matcher(l).matches() || LSPCI_MACHINE.matcher(l).matches()) {
      return Format.LSPCI;
    }
    if (VERSION.matcher(l).matches() || VERSION_GET.matcher(l).matches()) {
      return Format.VERSION;
    }
    if (MODULE_HEADER.matcher(l).matches() || MODULE_ROW.matcher(l).matches()) {
      return Format.MODULE_LIST;
    }
    if (ESX_CONF_ROW.matcher(l).matches()) {
      return Format.ESX_CONF;
    }
    if (MAP_ROW.matcher(l).matches()) {
      return Format.PASSTHRU_MAP;
    }
    if (VMX_ROW.matcher(l).matches() && !l.startsWith(".encoding")) {
      return Format.VMX;
    }
    if (VMKERNEL_LOG.matcher(l).matches()) {
      return Format.VMKERNEL_LOG;
    }
    if (LOG_STAMP.matcher(l).matches() || LOG_OTHER.matcher(l).matches()) {
      return Format.VMWARE_LOG;
    }
    return null;
  }

  private static int firstNonBlank(List<String> lines) {
    return nextNonBlank(lines, 0);
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The lines of a host reader's input, decoded as UTF-8 (bytes that are not UTF-8 become U+FFFD),
   * refused when the input passes the default limits or another format's lines show: what every
   * host reader does first.
   *
   * @param bytes the input
   * @param fileName the file as the user named it
   * @param own the reader's format
   * @param refusal the reader's words for a text that is not its format ({@code not lspci output})
   * @return the lines without terminators
   * @throws VmdpException above 16 MiB or a line above 1 MiB, or
   *     {@code FILE:LINE:1: not lspci output: this is ESXi lspci -p output}
   */
  public static List<String> readerLines(byte[] bytes, String fileName, Format own, String refusal) {
    InputLimits.defaults().checkFileSize(fileName, bytes.length);
    List<String> lines = TextLines.split(bytes, fileName, InputLimits.defaults()).texts(StandardCharsets.UTF_8);
    refuseOther(lines, fileName, own, refusal);
    return lines;
  }

  /**
   * Refuses a text that another format's lines show: what a reader does first, so that it never
   * half-reads a format it does not know.
   *
   * @param lines the lines without terminators
   * @param fileName the file as the user named it
   * @param own the reader's format
   * @param refusal the reader's words for a text that is not its format ({@code not lspci output})
   * @throws VmdpException {@code FILE:LINE:1: not lspci output: this is ESXi lspci -p output}, at
   *     the line that shows the other format
   */
  public static void refuseOther(List<String> lines, String fileName, Format own, String refusal) {
    Optional<Guess> g = recognise(lines);
    if (g.isPresent() && g.get().format() != own) {
      throw refusal(fileName, lines, g.get().line(), refusal + ": this is " + g.get().format().description());
    }
  }

  /**
   * A located refusal.
   *
   * @param fileName the file as the user named it
   * @param lines the lines without terminators
   * @param line the 0-based line the refusal points at
   * @param message the message without the location
   * @return the exception, {@code FILE:LINE:1: message}
   */
  public static VmdpException refusal(String fileName, List<String> lines, int line, String message) {
    String text = line < lines.size() ? lines.get(line) : null;
    return new VmdpException(SourceRef.of(fileName, line + 1, 1), message, text, null);
  }
}
