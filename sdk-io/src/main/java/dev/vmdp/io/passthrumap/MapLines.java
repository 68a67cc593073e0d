package dev.vmdp.io.passthrumap;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.io.internal.TextLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A file's lines, and the file-wide habits (terminator, columns) that edits follow. */
final class MapLines {

  private MapLines() {}

  /** The lines of the bytes, split by the shared splitter; each keeps its own terminator. */
  static List<RawLine> split(byte[] bytes, String fileName) {
    TextLines lines = TextLines.split(bytes, fileName, InputLimits.defaults());
    List<RawLine> out = new ArrayList<>(lines.count());
    for (int i = 0; i < lines.count(); i++) {
      out.add(RawLine.of(lines.content(i), lines.terminator(i)));
    }
    return out;
  }

  /** The most common terminator (the first seen on a tie), {@code \n} when no line has one. */
  static LineTerminator fileTerminator(List<RawLine> raw) {
    Map<LineTerminator, Integer> counts = new EnumMap<>(LineTerminator.class);
    LineTerminator best = LineTerminator.LF;
    int bestCount = 0;
    for (RawLine r : raw) {
      if (r.terminator() != LineTerminator.NONE) {
        int c = counts.merge(r.terminator(), 1, Integer::sum);
        if (c > bestCount) {
          best = r.terminator();
          bestCount = c;
        }
      }
    }
    return best;
  }

  /** The columns every entry line uses, or null when they differ, use tabs, or there is no entry. */
  static int[] regularColumns(List<RawLine> raw) {
    int[] columns = null;
    for (RawLine r : raw) {
      if (r.kind() != RawLine.Kind.ENTRY) {
        continue;
      }
      int[] c = r.spaceColumns();
      if (c == null || (columns != null && !Arrays.equals(c, columns))) {
        return null;
      }
      columns = c;
    }
    return columns;
  }
}
