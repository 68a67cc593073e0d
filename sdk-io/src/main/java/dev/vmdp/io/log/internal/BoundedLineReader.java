package dev.vmdp.io.log.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it) while holding
 * at most {@code maxLineBytes} of any line: the rest of a longer line is skipped and the line is
 * marked truncated. Memory stays bounded however large the stream.
 *
 * <p>This is the one line splitter of sdk-io besides {@link dev.vmdp.io.internal.TextLines}, and it
 * must stay apart: a vmware.log is streamed (it has no size limit and can be far larger than a file
 * held in memory), its lines end at {@code \n} only (VMware's logger ends every line so; a bare
 * {@code \r} inside a logged message stays part of it and does not change the line numbers that
 * vmware.log findings point at), and an overlong line is cut and marked rather than refused.
 */
public final class BoundedLineReader {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkLen;
  private int chunkPos;
  private boolean eof;

  private byte[] line = new byte[256];
  private int lineLen;
  private boolean truncated;
  private boolean pendingCr;

  /**
   * A reader over a stream.
   *
   * @param in the stream, read in chunks; not closed by this class
   * @param maxLineBytes the most bytes of one line kept (at least 1)
   */
  public BoundedLineReader(InputStream in, int maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be >= 1, was " + maxLineBytes);
    }
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the stream (an empty stream has no line; a last line without
   *     {@code \n} is a line)
   * @throws IOException when the stream fails
   */
  public boolean next() throws IOException {
    lineLen = 0;
    truncated = false;
    pendingCr = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLen) {
        if (eof || !fill()) {
          flushCr();
          return any;
        }
      }
      any = true;
      int start = chunkPos;
      int nl = -1;
      for (int i = start; i < chunkLen; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? chunkLen : nl;
      append(start, end);
      chunkPos = nl < 0 ? chunkLen : nl + 1;
      if (nl >= 0) {
        return true;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    while (n == 0) {
      n = in.read(chunk, 0, chunk.length);
    }
    if (n < 0) {
      eof = true;
      chunkLen = 0;
      chunkPos = 0;
      return false;
    }
    chunkLen = n;
    chunkPos = 0;
    return true;
  }

  /** Appends bytes, holding back a trailing CR (it is dropped if a LF follows, else kept). */
  private void append(int from, int to) {
    if (from == to) {
      return;
    }
    flushCr();
    int end = to;
    if (chunk[to - 1] == '\r') {
      pendingCr = true;
      end = to - 1;
    }
    int room = maxLineBytes - lineLen;
    int n = Math.min(room, end - from);
    if (n < end - from) {
      truncated = true;
    }
    if (n > 0) {
      ensure(lineLen + n);
      System.arraycopy(chunk, from, line, lineLen, n);
      lineLen += n;
    }
  }

  private void flushCr() {
    if (pendingCr) {
      pendingCr = false;
      if (lineLen < maxLineBytes) {
        ensure(lineLen + 1);
        line[lineLen++] = '\r';
      } else {
        truncated = true;
      }
    }
  }

  private void ensure(int size) {
    if (size > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(size, line.length * 2)));
    }
  }

  /** The current line's kept bytes (shared buffer: valid until the next call). */
  public byte[] buffer() {
    return line;
  }

  /** How many bytes of {@link #buffer()} the current line holds. */
  public int length() {
    return lineLen;
  }

  /** True when the current line was longer than the limit and was cut. */
  public boolean truncated() {
    return truncated;
  }
}
