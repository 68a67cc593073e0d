package dev.vmdp.console;

import java.io.PrintStream;
import java.io.Writer;

/**
 * A {@link Writer} onto a {@link PrintStream}, in the stream's own encoding (Java 17 does not say
 * which it is), so what a streamed report writes and what the command prints on the same stream
 * come out in one encoding and in order. Closing it flushes and leaves the stream open.
 */
final class PrintStreamWriter extends Writer {
  private final PrintStream out;

  PrintStreamWriter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    out.print(length == chars.length && offset == 0 ? chars : java.util.Arrays.copyOfRange(chars, offset, offset + length));
  }

  @Override
  public void write(String s, int offset, int length) {
    out.print(s.substring(offset, offset + length));
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    out.flush();
  }
}
