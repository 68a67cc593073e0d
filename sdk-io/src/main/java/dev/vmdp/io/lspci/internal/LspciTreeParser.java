package dev.vmdp.io.lspci.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code lspci -t} / {@code -tv} / {@code -tvnn} trees.
 *
 * <p>Each function token {@code DD.F} sits at a column; its bus is the one opened by the nearest
 * token to its left that is still open: a root {@code [SSSS:BB]} or a bridge
 * {@code DD.F-[SS-UU]} (which opens its secondary bus {@code SS}). A token at the same or a
 * smaller column than an open one closes it (it is a sibling or an uncle).
 */
public final class LspciTreeParser {
  private static final Pattern ROOT = Pattern.compile("\\[([0-9a-fA-F]{4,8}):([0-9a-fA-F]{2})\\]");
  private static final Pattern FUNCTION = Pattern.compile(
      "([0-9a-fA-F]{2})\\.([0-7])(?:-\\[([0-9a-fA-F]{2})(?:-([0-9a-fA-F]{2}))?\\])?");
  private static final Pattern IDS = Pattern.compile("\\[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\]");

  private LspciTreeParser() {}

  /** True when the first non-blank line looks like the root of an lspci tree. */
  public static boolean looksLikeTree(List<String> lines) {
    for (String l : lines) {
      if (!l.isBlank()) {
        String t = l.stripLeading();
        return t.startsWith("-[") || t.startsWith("-+-[") || t.startsWith("+-[") || t.startsWith("\\-[");
      }
    }
    return false;
  }

  /**
   * Parses a tree. A function that appears twice in the tree (a tree that contradicts itself) is
   * read from its later place, with a note.
   *
   * @param lines the lines without terminators
   * @param fileName the file as the user named it, for the notes
   * @return the functions (bridges carry their bus range) and notes
   */
  public static LspciParse parse(List<String> lines, String fileName) {
    DraftFunctions out = new DraftFunctions(fileName);
    Deque<int[]> open = new ArrayDeque<>(); // {column, segment, bus}
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int lineNo = n + 1;
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == ' ' || c == '|' || c == '+' || c == '\\' || c == '-') {
          i++;
          continue;
        }
        if (c == '[') {
          Matcher r = ROOT.matcher(line).region(i, line.length());
          if (!r.lookingAt()) {
            out.note(lineNo, "unreadable tree root at column " + (i + 1));
            break;
          }
          close(open, i);
          open.push(new int[] {i, Integer.parseInt(r.group(1), 16), Integer.parseInt(r.group(2), 16)});
          i = r.end();
          continue;
        }
        Matcher f = FUNCTION.matcher(line).region(i, line.length());
        if (!f.lookingAt()) {
          out.note(lineNo, "unreadable tree entry at column " + (i + 1));
          break;
        }
        close(open, i);
        if (open.isEmpty()) {
          out.note(lineNo, "tree entry at column " + (i + 1) + " has no root bus");
          break;
        }
        int[] parent = open.peek();
        DraftFunction d = new DraftFunction();
        d.segment = parent[1];
        d.bus = parent[2];
        d.device = Integer.parseInt(f.group(1), 16);
        d.function = Integer.parseInt(f.group(2), 16);
        d.line = lineNo;
        if (d.device > 0x1f) {
          out.note(lineNo, "device number out of range at column " + (i + 1));
          break;
        }
        if (f.group(3) != null) {
          d.primaryBus = parent[2];
          d.secondaryBus = Integer.parseInt(f.group(3), 16);
          d.subordinateBus = f.group(4) != null ? Integer.parseInt(f.group(4), 16) : d.secondaryBus;
          open.push(new int[] {i, parent[1], d.secondaryBus});
        }
        out.add(d, String.format(Locale.ROOT, "%04x:%02x:%02x.%x", d.segment, d.bus, d.device, d.function));
        i = f.end();
        if (i < line.length() && line.charAt(i) == ' ') {
          name(d, line.substring(i).strip());
          break;
        }
      }
    }
    return out.result();
  }

  private static void close(Deque<int[]> open, int column) {
    while (!open.isEmpty() && open.peek()[0] >= column) {
      open.pop();
    }
  }

  private static void name(DraftFunction d, String text) {
    Matcher ids = IDS.matcher(text);
    int start = -1;
    while (ids.find()) {
      start = ids.start();
      d.vendor = Integer.parseInt(ids.group(1), 16);
      d.deviceId = Integer.parseInt(ids.group(2), 16);
    }
    String name = start >= 0 ? text.substring(0, start).strip() : text;
    if (!name.isEmpty()) {
      d.name = name;
      d.virtualFunction = name.contains("Virtual Function");
    }
  }
}
