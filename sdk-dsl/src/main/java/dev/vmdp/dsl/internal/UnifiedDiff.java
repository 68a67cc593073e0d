package dev.vmdp.dsl.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff ({@code diff -u} format, 3 lines of context) between two versions of a file,
 * computed on lines with Myers' algorithm. Lines are compared as raw bytes including their
 * terminators, so a changed line ending shows as a change; a last line without a terminator gets
 * the {@code \ No newline at end of file} marker.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  /** Past this many differences the middle is shown as one replaced block (keeps memory bounded). */
  private static final int MAX_EDIT_DISTANCE = 4000;

  private UnifiedDiff() {}

  /**
   * The diff, or an empty string when the contents are equal.
   *
   * @param name the file name shown in the {@code ---}/{@code +++} header
   * @param before the old bytes
   * @param after the new bytes
   * @param charset how to show lines as text
   * @return the diff text
   */
  public static String diff(String name, byte[] before, byte[] after, Charset charset) {
    if (Arrays.equals(before, after)) {
      return "";
    }
    List<byte[]> a = lines(before);
    List<byte[]> b = lines(after);
    List<int[]> ops = edits(a, b);
    StringBuilder out = new StringBuilder();
    // Both sides name the file as given (patch -p0 applies it); a/ and b/ prefixes would garble absolute paths.
    out.append("--- ").append(name).append("\n").append("+++ ").append(name).append("\n");
    hunks(out, ops, a, b, charset);
    return out.toString();
  }

  /** Splits after each {@code \n}, {@code \r\n} or bare {@code \r}, keeping the terminators. */
  static List<byte[]> lines(byte[] bytes) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        int end = i + 1;
        if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
          end++;
          i++;
        }
        out.add(Arrays.copyOfRange(bytes, start, end));
        start = end;
      }
    }
    if (start < bytes.length) {
      out.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return out;
  }

  /** Edit script as {type, indexInA, indexInB}: type 0 keep, 1 delete from a, 2 insert from b. */
  static List<int[]> edits(List<byte[]> a, List<byte[]> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && Arrays.equals(a.get(prefix), b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && Arrays.equals(a.get(a.size() - 1 - suffix), b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<int[]> ops = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      ops.add(new int[] {0, i, i});
    }
    middle(ops, a, b, prefix, a.size() - suffix, prefix, b.size() - suffix);
    for (int i = 0; i < suffix; i++) {
      ops.add(new int[] {0, a.size() - suffix + i, b.size() - suffix + i});
    }
    return ops;
  }

  private static void middle(List<int[]> ops, List<byte[]> a, List<byte[]> b, int a0, int a1, int b0, int b1) {
    int n = a1 - a0;
    int m = b1 - b0;
    int max = n + m;
    if (max == 0) {
      return;
    }
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && Arrays.equals(a.get(a0 + x), b.get(b0 + y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
      if (found >= 0) {
        break;
      }
    }
    if (found < 0) {
      for (int i = a0; i < a1; i++) {
        ops.add(new int[] {1, i, -1});
      }
      for (int j = b0; j < b1; j++) {
        ops.add(new int[] {2, -1, j});
      }
      return;
    }
    List<int[]> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] pv = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = pv[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        reversed.add(new int[] {0, a0 + x - 1, b0 + y - 1});
        x--;
        y--;
      }
      if (x == prevX) {
        reversed.add(new int[] {2, -1, b0 + y - 1});
      } else {
        reversed.add(new int[] {1, a0 + x - 1, -1});
      }
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      reversed.add(new int[] {0, a0 + x - 1, b0 + y - 1});
      x--;
      y--;
    }
    for (int i = reversed.size() - 1; i >= 0; i--) {
      ops.add(reversed.get(i));
    }
  }

  private static void hunks(StringBuilder out, List<int[]> ops, List<byte[]> a, List<byte[]> b, Charset cs) {
    int i = 0;
    while (i < ops.size()) {
      while (i < ops.size() && ops.get(i)[0] == 0) {
        i++;
      }
      if (i == ops.size()) {
        return;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < ops.size()) {
        if (ops.get(end)[0] != 0) {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      int aStart = -1;
      int bStart = -1;
      int aCount = 0;
      int bCount = 0;
      StringBuilder body = new StringBuilder();
      for (int j = start; j < end; j++) {
        int[] op = ops.get(j);
        if (op[0] != 2) {
          aCount++;
          if (aStart < 0) {
            aStart = op[1];
          }
        }
        if (op[0] != 1) {
          bCount++;
          if (bStart < 0) {
            bStart = op[2];
          }
        }
        byte[] line = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
        body.append(op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+').append(text(line, cs)).append('\n');
        if (!terminated(line)) {
          body.append("\\ No newline at end of file\n");
        }
      }
      out.append("@@ -").append(range(aStart, aCount, start, ops, true)).append(" +")
          .append(range(bStart, bCount, start, ops, false)).append(" @@\n").append(body);
      i = end;
    }
  }

  private static String range(int first, int count, int hunkStart, List<int[]> ops, boolean sideA) {
    int line;
    if (first >= 0) {
      line = first + 1;
    } else {
      // An empty side: diff -u names the line before the hunk.
      int before = 0;
      for (int j = 0; j < hunkStart; j++) {
        if (ops.get(j)[0] != (sideA ? 2 : 1)) {
          before++;
        }
      }
      line = before;
    }
    return count == 1 ? String.valueOf(line) : line + "," + count;
  }

  private static boolean terminated(byte[] line) {
    return line.length > 0 && (line[line.length - 1] == '\n' || line[line.length - 1] == '\r');
  }

  private static String text(byte[] line, Charset cs) {
    int end = line.length;
    while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
      end--;
    }
    return new String(line, 0, end, cs);
  }
}
