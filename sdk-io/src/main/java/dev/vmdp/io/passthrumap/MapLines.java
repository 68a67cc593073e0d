package dev.vmdp.io.passthrumap;

import dev.vmdp.io.InputLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Splitting a file into lines, and the file-wide habits (terminator, columns) that edits follow. */
final class MapLines {

  private MapLines() {}

  /** The lines of the bytes; each keeps its own terminator, a last line may have none. */
  static List<RawLine> split(byte[] bytes, String fileName) {
    List<RawLine> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < bytes.length) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        Terminator t = b == '\n' ? Terminator.LF
            : i + 1 < bytes.length && bytes[i + 1] == '\n' ? Terminator.CRLF : Terminator.CR;
        lines.add(line(bytes, start, i, t, fileName, lines.size() + 1));
        i += t.length();
        start = i;
      } else {
        i++;
      }
    }
    if (start < bytes.length) {
      lines.add(line(bytes, start, bytes.length, Terminator.NONE, fileName, lines.size() + 1));
    }
    return lines;
  }

  private static RawLine line(byte[] bytes, int from, int to, Terminator t, String fileName, int number) {
    InputLimits.defaults().checkLineLength(fileName, number, to - from);
    return RawLine.of(Arrays.copyOfRange(bytes, from, to), t);
  }

  /** The most common terminator (the first seen on a tie), {@code \n} when no line has one. */
  static Terminator fileTerminator(List<RawLine> raw) {
    Map<Terminator, Integer> counts = new EnumMap<>(Terminator.class);
    Terminator best = Terminator.LF;
    int bestCount = 0;
    for (RawLine r : raw) {
      if (r.terminator() != Terminator.NONE) {
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
