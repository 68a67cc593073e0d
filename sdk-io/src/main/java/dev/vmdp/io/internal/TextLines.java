package dev.vmdp.io.internal;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.VmdpException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The lines of bytes held in memory, as offsets: the one line splitter of sdk-io. A line ends at
 * {@code \n}, {@code \r\n} or a bare {@code \r} and keeps its terminator; a last line without one
 * has {@link LineTerminator#NONE}; bytes after a last terminator make no empty line, and no bytes
 * make no line. Every line is checked against the line limit while splitting.
 *
 * <pre>{@code
 * TextLines lines = TextLines.split(bytes, "lspci.txt", InputLimits.defaults());
 * for (int i = 0; i < lines.count(); i++) {
 *   String text = lines.text(i, StandardCharsets.UTF_8);   // line i + 1, without its terminator
 * }
 * }</pre>
 *
 * <p>The VMX parser reads its grammar and its lines in the same pass over the bytes, for speed
 * (docs/PERFORMANCE.md); it finds line ends with {@link #contentEnd} and {@link #lineEnd} of this
 * class, so the two agree on what a line is.
 */
public final class TextLines {
  private final byte[] bytes;
  private final int first;
  /** Per line: the end of its content, then its end after the terminator. */
  private final int[] ends;
  private final int count;

  private TextLines(byte[] bytes, int first, int[] ends, int count) {
    this.bytes = bytes;
    this.first = first;
    this.ends = ends;
    this.count = count;
  }

  /**
   * Splits bytes into lines.
   *
   * @param bytes the bytes, not copied: the caller must not change them
   * @param fileName the file as the user named it, for the line limit's message
   * @param limits the limits; only the line limit applies here
   * @return the lines
   * @throws VmdpException located at the first line above the line limit
   */
  public static TextLines split(byte[] bytes, String fileName, InputLimits limits) {
    return split(bytes, 0, fileName, limits);
  }

  /**
   * Splits bytes into lines from an offset on (after a byte order mark, say).
   *
   * @param bytes the bytes, not copied: the caller must not change them
   * @param from where the first line starts
   * @param fileName the file as the user named it, for the line limit's message
   * @param limits the limits; only the line limit applies here
   * @return the lines
   * @throws VmdpException located at the first line above the line limit
   */
  public static TextLines split(byte[] bytes, int from, String fileName, InputLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fileName, "fileName");
    int n = bytes.length;
    int max = limits.maxLineBytes();
    int[] ends = new int[16];
    int count = 0;
    int p = from;
    while (p < n) {
      int contentEnd = contentEnd(bytes, p, n);
      if (contentEnd - p > max) {
        limits.checkLineLength(fileName, count + 1, contentEnd - p);
      }
      if (2 * count + 2 > ends.length) {
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      int end = lineEnd(bytes, contentEnd, n);
      ends[2 * count] = contentEnd;
      ends[2 * count + 1] = end;
      count++;
      p = end;
    }
    return new TextLines(bytes, from, ends, count);
  }

  /**
   * Where the line that starts at {@code from} ends its content: the first {@code \r} or
   * {@code \n} at or after {@code from}, else {@code n}.
   *
   * @param b the bytes
   * @param from where the line starts
   * @param n the end of the data
   * @return the offset of the terminator, or {@code n}
   */
  public static int contentEnd(byte[] b, int from, int n) {
    int p = from;
    while (p < n && b[p] != '\n' && b[p] != '\r') {
      p++;
    }
    return p;
  }

  /**
   * Where a line ends after its terminator.
   *
   * @param b the bytes
   * @param contentEnd where the line's content ends (a {@code \r}, a {@code \n}, or {@code n})
   * @param n the end of the data
   * @return the offset after the terminator ({@code \r\n} counts as one)
   */
  public static int lineEnd(byte[] b, int contentEnd, int n) {
    if (contentEnd >= n) {
      return n;
    }
    return b[contentEnd] == '\r' && contentEnd + 1 < n && b[contentEnd + 1] == '\n' ? contentEnd + 2 : contentEnd + 1;
  }

  /**
   * The terminator between the end of a line's content and the end of the line.
   *
   * @param b the bytes
   * @param contentEnd where the content ends
   * @param end where the line ends
   * @return the terminator
   */
  public static LineTerminator terminator(byte[] b, int contentEnd, int end) {
    int length = end - contentEnd;
    if (length == 0) {
      return LineTerminator.NONE;
    }
    if (length == 2) {
      return LineTerminator.CRLF;
    }
    return b[contentEnd] == '\n' ? LineTerminator.LF : LineTerminator.CR;
  }

  /** The number of lines. */
  public int count() {
    return count;
  }

  /** Where line {@code i} (0-based) starts. */
  public int start(int i) {
    return i == 0 ? first : ends[2 * i - 1];
  }

  /** Where the content of line {@code i} (0-based) ends, before its terminator. */
  public int contentEnd(int i) {
    return ends[2 * Objects.checkIndex(i, count)];
  }

  /** Where line {@code i} (0-based) ends, after its terminator. */
  public int end(int i) {
    return ends[2 * Objects.checkIndex(i, count) + 1];
  }

  /** The terminator of line {@code i} (0-based). */
  public LineTerminator terminator(int i) {
    return terminator(bytes, contentEnd(i), end(i));
  }

  /** The content of line {@code i} (0-based) without its terminator, as a new array. */
  public byte[] content(int i) {
    return Arrays.copyOfRange(bytes, start(i), contentEnd(i));
  }

  /**
   * The content of line {@code i} (0-based) without its terminator, decoded.
   *
   * @param i the 0-based line
   * @param charset how to decode it (bytes it cannot decode become U+FFFD)
   * @return the text
   */
  public String text(int i, Charset charset) {
    int s = start(i);
    return new String(bytes, s, contentEnd(i) - s, charset);
  }

  /**
   * Every line's content, decoded.
   *
   * @param charset how to decode them (bytes it cannot decode become U+FFFD)
   * @return the texts in line order
   */
  public List<String> texts(Charset charset) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(text(i, charset));
    }
    return Collections.unmodifiableList(out);
  }
}
