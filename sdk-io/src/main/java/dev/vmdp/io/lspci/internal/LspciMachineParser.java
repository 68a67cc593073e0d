package dev.vmdp.io.lspci.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the machine-readable view of {@code lspci -vmm} (with or without {@code -n}/{@code -nn}):
 * blocks of {@code Tag:\tvalue} lines, one block per function, separated by blank lines, as
 * pciutils' {@code show_machine} prints them:
 *
 * <pre>
 * Slot:	00:1f.2
 * Class:	SATA controller [0106]
 * Vendor:	Intel Corporation [8086]
 * Device:	C610/X99 series chipset 6-Port SATA Controller [AHCI mode] [8d02]
 * SVendor:	Dell [1028]
 * SDevice:	Device [0639]
 * Rev:	05
 * ProgIf:	01
 * Driver:	ahci
 * </pre>
 *
 * With {@code -n} the values are bare hex ({@code Class:\t0106}, {@code Vendor:\t8086}); without
 * it, names only. The view shows no capabilities and no bus ranges. Unknown tags are skipped;
 * a line that is not {@code Tag:\tvalue} becomes a note.
 */
public final class LspciMachineParser {
  private static final Pattern SLOT = Pattern.compile(
      "^(?:([0-9a-fA-F]{4,8}):)?([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])$");
  private static final Pattern TAG = Pattern.compile("^([A-Za-z]+):\\s(.*)$");
  private static final Pattern HEX4 = Pattern.compile("^[0-9a-fA-F]{4}$");
  private static final Pattern HEX2 = Pattern.compile("^[0-9a-fA-F]{2}$");
  private static final Pattern NAME_AND_CODE = Pattern.compile("^(.*?)\\s*\\[([0-9a-fA-F]{4})\\]$");

  private LspciMachineParser() {}

  /** True when the first non-blank line is a {@code Slot:} tag. */
  public static boolean looksLikeMachineView(List<String> lines) {
    for (String l : lines) {
      if (!l.isBlank()) {
        return l.startsWith("Slot:");
      }
    }
    return false;
  }

  /**
   * Parses a whole view.
   *
   * @param lines the lines without terminators
   * @param fileName the file as the user named it, for the notes
   * @return the functions (names, ids, classes, subsystem, revision, driver) and the notes
   */
  public static LspciParse parse(List<String> lines, String fileName) {
    DraftFunctions out = new DraftFunctions(fileName);
    DraftFunction f = null;
    String vendorName = null;
    String deviceName = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNo = i + 1;
      if (line.isBlank()) {
        continue;
      }
      Matcher t = TAG.matcher(line);
      if (!t.matches()) {
        out.note(lineNo, "not a 'Tag:<TAB>value' line of lspci -vmm: '" + LspciParser.abbreviate(line) + "'");
        continue;
      }
      String tag = t.group(1);
      String value = t.group(2).strip();
      if (tag.equals("Slot")) {
        finish(f, vendorName, deviceName);
        f = null;
        vendorName = null;
        deviceName = null;
        Matcher s = SLOT.matcher(value);
        if (!s.matches()) {
          out.note(lineNo, "not a PCI address after Slot: '" + LspciParser.abbreviate(value) + "'");
          continue;
        }
        f = new DraftFunction();
        f.segment = s.group(1) == null ? 0 : Integer.parseInt(s.group(1), 16);
        f.bus = Integer.parseInt(s.group(2), 16);
        f.device = Integer.parseInt(s.group(3), 16);
        f.function = Integer.parseInt(s.group(4), 16);
        f.line = lineNo;
        if (f.segment > 0xffff || f.device > 0x1f) {
          out.note(lineNo, "PCI address out of range: '" + value + "'");
          f = null;
          continue;
        }
        out.add(f, value);
        continue;
      }
      if (f == null) {
        continue;
      }
      switch (tag) {
        case "Class" -> {
          Code c = code(value);
          if (c.code >= 0) {
            f.classCode = c.code;
          }
          if (!c.name.isEmpty()) {
            f.className = c.name;
            if (c.code < 0) {
              f.classCode = ClassNames.codeOf(c.name);
            }
          }
        }
        case "Vendor" -> {
          Code c = code(value);
          f.vendor = c.code;
          vendorName = c.name.isEmpty() ? vendorName : c.name;
        }
        case "Device" -> {
          Code c = code(value);
          f.deviceId = c.code;
          deviceName = c.name.isEmpty() ? deviceName : c.name;
        }
        case "SVendor" -> f.subsystemVendor = code(value).code;
        case "SDevice" -> f.subsystemDevice = code(value).code;
        case "Rev" -> f.revision = HEX2.matcher(value).matches() ? Integer.parseInt(value, 16) : f.revision;
        case "ProgIf" -> f.progIf = HEX2.matcher(value).matches() ? Integer.parseInt(value, 16) : f.progIf;
        case "Driver" -> f.driver = value.isEmpty() ? null : value;
        default -> {
          // PhySlot, Module, NUMANode, IOMMUGroup: nothing the model keeps.
        }
      }
    }
    finish(f, vendorName, deviceName);
    return out.result();
  }

  private static void finish(DraftFunction f, String vendorName, String deviceName) {
    if (f == null) {
      return;
    }
    String name = ((vendorName == null ? "" : vendorName) + " " + (deviceName == null ? "" : deviceName)).strip();
    if (!name.isEmpty()) {
      f.name = name;
      f.virtualFunction = name.contains("Virtual Function");
    }
  }

  /** A value's name and hex code: {@code Intel Corporation [8086]}, {@code 8086}, or a name only. */
  private record Code(String name, int code) {}

  private static Code code(String value) {
    if (HEX4.matcher(value).matches()) {
      return new Code("", Integer.parseInt(value, 16));
    }
    Matcher m = NAME_AND_CODE.matcher(value);
    if (m.matches()) {
      String name = m.group(1);
      // "Device [0639]": pciutils' word for an id it has no name for.
      return new Code(name.equals("Device") ? "" : name, Integer.parseInt(m.group(2), 16));
    }
    return new Code(value, -1);
  }
}
