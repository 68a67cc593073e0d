package dev.vmdp.dsl.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff ({@code diff -u} format, 3 lines of context) between two versions of a file,
 * computed by java-diff-utils on lines compared as raw bytes with their terminators, so a changed
 * line ending shows as a change; a last line without a terminator gets the
 * {@code \ No newline at end of file} marker.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file";

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
    // ISO-8859-1 maps each byte to one char: lines compare as bytes, terminators included.
    List<String> a = lines(before);
    List<String> b = lines(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    // Both sides name the file as given (patch -p0 applies it); a/ and b/ prefixes would garble absolute paths.
    List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(name, name, a, patch, CONTEXT);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < unified.size(); i++) {
      String line = unified.get(i);
      if (i < 2 || line.startsWith("@@")) {
        out.append(i < 2 ? line : hunkHeader(line)).append('\n');
        continue;
      }
      int end = line.length();
      while (end > 1 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
        end--;
      }
      out.append(line.charAt(0)).append(display(line.substring(1, end), charset)).append('\n');
      if (end == line.length()) {
        out.append(NO_NEWLINE).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code @@ -4,1 +4,1 @@} as {@code diff -u} writes it: a count of one is left out. */
  private static String hunkHeader(String header) {
    return header.replaceAll("([-+]\\d+),1(?=\\D)", "$1");
  }

  private static String display(String latin1, Charset charset) {
    return charset.equals(StandardCharsets.ISO_8859_1) ? latin1
        : new String(latin1.getBytes(StandardCharsets.ISO_8859_1), charset);
  }

  /** Splits after each {@code \n}, {@code \r\n} or bare {@code \r}, keeping the terminators. */
  static List<String> lines(byte[] bytes) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        int end = i + 1;
        if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
          end++;
          i++;
        }
        out.add(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
        start = end;
      }
    }
    if (start < bytes.length) {
      out.add(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1));
    }
    return out;
  }
}
