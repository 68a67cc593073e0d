package dev.vmdp.io.lspci.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the list views of {@code lspci}: {@code -n}, {@code -nn}, names only, {@code -D}, the old
 * {@code Class 0200:} form, ESXi's {@code [vmnic0]} suffix, {@code -v}/{@code -vv}/{@code -vvv}
 * details and {@code -x}/{@code -xxx} hex dumps. The tree view is {@link LspciTreeParser}'s job.
 *
 * <p>Lenient: a line it cannot read becomes a note and parsing goes on.
 */
public final class LspciParser {
  private static final Pattern HEADER = Pattern.compile(
      "^((?:([0-9a-fA-F]{4,8}):)?([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7]))\\s+(.*)$");
  private static final Pattern NUMERIC = Pattern.compile(
      "^(?:Class )?([0-9a-fA-F]{4}): ([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(.*)$");
  private static final Pattern OLD_CLASS = Pattern.compile("^Class ([0-9a-fA-F]{4}): (.*)$");
  private static final Pattern NAMED_CLASS = Pattern.compile("^(.+?)(?: \\[([0-9a-fA-F]{4})\\])?: (.*)$");
  private static final Pattern IDS = Pattern.compile("\\[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\]");
  private static final Pattern DEVICE_IDS = Pattern.compile("^Device ([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$");
  private static final Pattern REV = Pattern.compile("\\s*\\(rev ([0-9a-fA-F]{2})\\)");
  private static final Pattern PROG_IF = Pattern.compile("\\s*\\(prog-if ([0-9a-fA-F]{2})(?: \\[[^\\]]*\\])?\\)");
  private static final Pattern VMK_NAME = Pattern.compile("\\s*\\[((?:vmnic|vmhba|vmgfx|vmkusb)[^\\]]*)\\]\\s*$");
  private static final Pattern HEX_LINE = Pattern.compile("^([0-9a-f]{2,3}):((?: [0-9a-f]{2}){1,16})\\s*$");
  private static final Pattern REGION = Pattern.compile(
      "^(?:Region (\\d+): )?(?:\\[virtual\\] )?(Memory|I/O ports) at (\\S+)(.*)$");
  private static final Pattern SIZE = Pattern.compile("\\[size=(\\d+)([KMGTP]?)\\]");
  private static final Pattern BUS = Pattern.compile(
      "primary=([0-9a-f]{2}), secondary=([0-9a-f]{2}), subordinate=([0-9a-f]{2})");
  /** ESXi's {@code lspci -v} detail line with the class and ids: {@code Class 0200: 14e4:16d8}. */
  private static final Pattern ESXI_CLASS_IDS =
      Pattern.compile("^Class ([0-9a-fA-F]{4}): ([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$");
  private static final Pattern SUB_IDS = Pattern.compile("^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$");
  private static final Pattern FLAG = Pattern.compile("([A-Za-z][A-Za-z0-9]*)([+-])(?![A-Za-z0-9])");
  private static final Pattern CAP = Pattern.compile("^\\[([0-9a-f]+)(?: v\\d+)?\\] (.*)$");
  private static final Pattern VFS = Pattern.compile("Total VFs: (\\d+), Number of VFs: (\\d+)");
  private static final Pattern VF_OFFSET = Pattern.compile("VF offset: (\\d+), stride: (\\d+)");

  private final DraftFunctions functions;

  private DraftFunction current;
  private String capability;
  private int capabilityLevel;
  private String subKey;
  private int subKeyLevel;
  private int implicitRegion;

  /**
   * A parser of one view.
   *
   * @param fileName the file as the user named it, for the notes
   */
  public LspciParser(String fileName) {
    this.functions = new DraftFunctions(fileName);
  }

  /**
   * Parses a whole view.
   *
   * @param lines the lines of the file, without terminators
   * @return the functions in file order and the notes
   */
  public LspciParse parse(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      line(lines.get(i), i + 1);
    }
    finishFunction();
    SriovLinker.link(functions.functions());
    return functions.result();
  }

  private void line(String raw, int lineNo) {
    if (raw.isBlank()) {
      return;
    }
    // Most lines are indented details: neither a header nor a hex dump line can start with a
    // blank, so those two patterns are tried only on lines that do not.
    boolean indented = Character.isWhitespace(raw.charAt(0));
    if (!indented) {
      Matcher h = HEADER.matcher(raw);
      if (h.matches()) {
        finishFunction();
        header(h, lineNo);
        return;
      }
      Matcher x = HEX_LINE.matcher(raw);
      if (x.matches() && current != null) {
        hex(x);
        return;
      }
    } else if (current != null) {
      detail(raw, lineNo);
      return;
    }
    functions.note(lineNo, "not an lspci line (kept out of the device list): '" + abbreviate(raw) + "'");
  }

  private void header(Matcher h, int lineNo) {
    DraftFunction f = new DraftFunction();
    f.segment = h.group(2) == null ? 0 : Integer.parseInt(h.group(2), 16);
    f.bus = Integer.parseInt(h.group(3), 16);
    f.device = Integer.parseInt(h.group(4), 16);
    f.function = Integer.parseInt(h.group(5), 16);
    f.line = lineNo;
    if (f.segment > 0xffff || f.device > 0x1f) {
      functions.note(lineNo, "PCI address out of range: '" + h.group(1) + "'");
      current = null;
      return;
    }
    String rest = h.group(6);
    Matcher n = NUMERIC.matcher(rest);
    if (n.matches()) {
      f.classCode = Integer.parseInt(n.group(1), 16);
      f.vendor = Integer.parseInt(n.group(2), 16);
      f.deviceId = Integer.parseInt(n.group(3), 16);
      suffixes(f, n.group(4));
    } else {
      String desc;
      Matcher old = OLD_CLASS.matcher(rest);
      Matcher named = NAMED_CLASS.matcher(rest);
      if (old.matches()) {
        f.classCode = Integer.parseInt(old.group(1), 16);
        desc = old.group(2);
      } else if (named.matches()) {
        f.className = named.group(1);
        if (named.group(2) != null) {
          f.classCode = Integer.parseInt(named.group(2), 16);
        } else {
          f.classCode = ClassNames.codeOf(f.className);
        }
        desc = named.group(3);
      } else {
        functions.note(lineNo, "no class and description after the address: '" + abbreviate(rest) + "'");
        desc = rest;
      }
      desc = suffixes(f, desc);
      Matcher ids = IDS.matcher(desc);
      int idStart = -1;
      while (ids.find()) {
        idStart = ids.start();
        f.vendor = Integer.parseInt(ids.group(1), 16);
        f.deviceId = Integer.parseInt(ids.group(2), 16);
      }
      if (idStart >= 0) {
        desc = desc.substring(0, idStart).strip();
      }
      Matcher dev = DEVICE_IDS.matcher(desc);
      if (dev.matches()) {
        f.vendor = Integer.parseInt(dev.group(1), 16);
        f.deviceId = Integer.parseInt(dev.group(2), 16);
      } else if (!desc.isBlank() && !(idStart >= 0 && desc.equals("Device"))) {
        f.name = desc.strip();
      }
    }
    if (f.name != null && f.name.contains("Virtual Function")) {
      f.virtualFunction = true;
    }
    functions.add(f, h.group(1));
    current = f;
    capability = null;
    subKey = null;
    implicitRegion = 0;
  }

  /** Strips {@code (rev xx)}, {@code (prog-if xx [...])} and ESXi's {@code [vmnic0]}; returns the rest. */
  private static String suffixes(DraftFunction f, String text) {
    String t = text;
    Matcher p = PROG_IF.matcher(t);
    if (p.find()) {
      f.progIf = Integer.parseInt(p.group(1), 16);
      t = t.substring(0, p.start()) + t.substring(p.end());
    }
    Matcher r = REV.matcher(t);
    if (r.find()) {
      f.revision = Integer.parseInt(r.group(1), 16);
      t = t.substring(0, r.start()) + t.substring(r.end());
    }
    Matcher v = VMK_NAME.matcher(t);
    if (v.find()) {
      f.vmkernelName = v.group(1);
      t = t.substring(0, v.start());
    }
    return t.strip();
  }

  private void hex(Matcher x) {
    int offset = Integer.parseInt(x.group(1), 16);
    String[] bytes = x.group(2).trim().split(" ", -1);
    if (current.config == null) {
      current.config = new int[4096];
      java.util.Arrays.fill(current.config, -1);
    }
    for (int i = 0; i < bytes.length && offset + i < 4096; i++) {
      current.config[offset + i] = Integer.parseInt(bytes[i], 16);
    }
  }

  private void detail(String raw, int lineNo) {
    int level = indentLevel(raw);
    String text = raw.strip();
    if (level <= 1) {
      capability = null;
      subKey = null;
      topLevel(text, lineNo);
      return;
    }
    if (capability == null) {
      return; // detail lines of a top-level key (e.g. the rest of a long Flags line)
    }
    int colon = keyEnd(text);
    if (colon > 0 && level <= capabilityLevel + 1) {
      subKey = text.substring(0, colon);
      subKeyLevel = level;
      capabilityLine(subKey, text.substring(colon + 1).strip());
    } else if (subKey != null && level > subKeyLevel) {
      capabilityLine(subKey, text);
    } else if (colon > 0) {
      subKey = text.substring(0, colon);
      subKeyLevel = level;
      capabilityLine(subKey, text.substring(colon + 1).strip());
    }
  }

  /** The end of a leading {@code Key:} (a key is words without flags), or -1. */
  private static int keyEnd(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return -1;
    }
    for (int i = 0; i < colon; i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '/')) {
        return -1;
      }
    }
    return colon;
  }

  private void topLevel(String text, int lineNo) {
    current.capabilitiesShown |= text.startsWith("Flags:") || text.startsWith("Control:");
    if (text.startsWith("Subsystem:")) {
      subsystem(text.substring("Subsystem:".length()).strip());
    } else if (text.startsWith("Capabilities:")) {
      String cap = text.substring("Capabilities:".length()).strip();
      if (cap.startsWith("<access denied>")) {
        current.capabilitiesShown = false;
        functions.note(lineNo, "capabilities not shown (<access denied>: run lspci as root)");
        return;
      }
      current.capabilitiesShown = true;
      Matcher m = CAP.matcher(cap);
      capability = m.matches() ? m.group(2) : cap;
      capabilityLevel = 1;
      subKey = null;
      capabilityTitle(capability);
    } else if (text.startsWith("Bus:")) {
      Matcher b = BUS.matcher(text);
      if (b.find()) {
        current.primaryBus = Integer.parseInt(b.group(1), 16);
        current.secondaryBus = Integer.parseInt(b.group(2), 16);
        current.subordinateBus = Integer.parseInt(b.group(3), 16);
      }
    } else if (text.startsWith("Expansion ROM at")) {
      DraftFunction.DraftBar rom = new DraftFunction.DraftBar();
      rom.index = DraftFunction.DraftBar.ROM;
      Matcher s = SIZE.matcher(text);
      if (s.find()) {
        rom.size = Long.parseLong(s.group(1)) << shift(s.group(2));
      }
      current.bars.add(rom);
    } else if (text.startsWith("Class ")) {
      Matcher c = ESXI_CLASS_IDS.matcher(text);
      if (c.matches()) {
        current.classCode = Integer.parseInt(c.group(1), 16);
        current.vendor = Integer.parseInt(c.group(2), 16);
        current.deviceId = Integer.parseInt(c.group(3), 16);
      }
    } else if (text.startsWith("Kernel driver in use:")) {
      current.driver = text.substring("Kernel driver in use:".length()).strip();
    } else {
      Matcher r = REGION.matcher(text);
      if (r.matches()) {
        region(r);
      }
    }
  }

  private void subsystem(String value) {
    Matcher ids = IDS.matcher(value);
    boolean found = false;
    while (ids.find()) {
      current.subsystemVendor = Integer.parseInt(ids.group(1), 16);
      current.subsystemDevice = Integer.parseInt(ids.group(2), 16);
      found = true;
    }
    if (found) {
      return;
    }
    Matcher bare = SUB_IDS.matcher(value);
    if (bare.matches()) {
      current.subsystemVendor = Integer.parseInt(bare.group(1), 16);
      current.subsystemDevice = Integer.parseInt(bare.group(2), 16);
    }
  }

  private void region(Matcher r) {
    DraftFunction.DraftBar bar = new DraftFunction.DraftBar();
    bar.index = r.group(1) != null ? Integer.parseInt(r.group(1)) : implicitRegion;
    implicitRegion = bar.index + 1;
    bar.io = r.group(2).startsWith("I/O");
    String rest = r.group(4);
    bar.bits64 = rest.contains("64-bit");
    bar.prefetchable = rest.contains(", prefetchable") || rest.contains("(prefetchable");
    Matcher s = SIZE.matcher(rest);
    if (s.find()) {
      bar.size = Long.parseLong(s.group(1)) << shift(s.group(2));
    }
    current.bars.add(bar);
  }

  private static int shift(String unit) {
    return switch (unit) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      case "T" -> 40;
      case "P" -> 50;
      default -> 0;
    };
  }

  private void capabilityTitle(String title) {
    if (title.startsWith("Express")) {
      String t = title.substring("Express".length()).strip();
      if (t.startsWith("(v")) {
        t = t.substring(t.indexOf(')') + 1).strip();
      }
      int comma = t.indexOf(',');
      current.expressType = (comma >= 0 ? t.substring(0, comma) : t).strip();
    } else if (title.startsWith("Access Control Services")) {
      current.acsPresent = true;
    } else if (title.startsWith("Single Root I/O Virtualization")) {
      current.sriovPf = true;
    }
  }

  private void capabilityLine(String key, String value) {
    String cap = capability;
    if (cap.startsWith("Express") && key.equals("DevCap")) {
      Boolean flr = flag(value, "FLReset");
      if (flr != null) {
        current.flr = flr; // the flag sits on DevCap's first or continuation line
      }
    } else if (cap.startsWith("PCI Advanced Features") && key.equals("AFCap")) {
      current.afFlr = flag(value, "FLR");
    } else if (cap.startsWith("Power Management") && key.equals("Status")) {
      current.noSoftReset = flag(value, "NoSoftRst");
    } else if (cap.startsWith("Access Control Services")) {
      if (key.equals("ACSCap")) {
        current.acsCap = append(current.acsCap, value);
      } else if (key.equals("ACSCtl")) {
        current.acsCtl = append(current.acsCtl, value);
      }
    } else if (cap.startsWith("Single Root I/O Virtualization")) {
      Matcher v = VFS.matcher(key + ": " + value);
      if (v.find()) {
        current.totalVfs = Integer.parseInt(v.group(1));
        current.numVfs = Integer.parseInt(v.group(2));
      }
      Matcher o = VF_OFFSET.matcher(key + ": " + value);
      if (o.find()) {
        current.vfOffset = Integer.parseInt(o.group(1));
        current.vfStride = Integer.parseInt(o.group(2));
      }
    }
  }

  private static String append(String a, String b) {
    return a == null ? b : a + " " + b;
  }

  /**
   * The value of {@code Name+} / {@code Name-} in a flag list.
   *
   * @param value the flag text
   * @param name the flag name
   * @return true, false, or null when the flag is absent
   */
  public static Boolean flag(String value, String name) {
    Matcher m = FLAG.matcher(value);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2).equals("+");
      }
    }
    return null;
  }

  private void finishFunction() {
    if (current != null && current.config != null) {
      ConfigSpace.apply(current);
    }
    current = null;
  }

  /** Indentation in levels of one tab (a tab is 8 columns; 8 spaces count as one level). */
  static int indentLevel(String raw) {
    int col = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\t') {
        col = (col / 8 + 1) * 8;
      } else if (c == ' ') {
        col++;
      } else {
        break;
      }
    }
    return (col + 7) / 8;
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
