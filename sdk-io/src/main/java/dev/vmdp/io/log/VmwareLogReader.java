package dev.vmdp.io.log;

import dev.vmdp.io.InputLimits;
import dev.vmdp.io.ReadFailures;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.io.log.internal.BoundedLineReader;
import dev.vmdp.io.log.internal.LogLineParser;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a vmware.log line by line, in bounded memory however large the file: each {@link LogLine}
 * carries its 1-based number, its timestamp, thread and level when the line has them, and its
 * message.
 *
 * <pre>{@code
 * try (Stream<LogLine> lines = VmwareLogReader.lines(Path.of("vmware.log"))) {
 *   lines.filter(l -> l.message().contains("is marked wrong PCIe"))
 *        .forEach(l -> System.out.println(l.source() + " " + l.timestamp().orElse(null)));
 * }
 * }</pre>
 *
 * <p>Lines end at {@code \n} (a {@code \r} before it is dropped). Text is decoded as UTF-8 unless
 * another charset is given; bytes that are not valid in it (a GBK host code page, say) become
 * U+FFFD and never fail the read. A line above the line limit of {@link InputLimits} (1 MiB) is
 * cut there, the rest skipped, and the line marked {@link LogLine#truncated()}; the file has no
 * size limit. A reader is single-pass and must be closed; it closes its stream. Only regular files
 * are opened: a directory, FIFO or device is refused as every reader refuses it (a log piped in
 * is read with {@link #of(InputStream, String)}).
 */
public final class VmwareLogReader implements Closeable, Iterable<LogLine> {

  private final InputStream in;
  private final String fileName;
  private final Charset charset;
  private final BoundedLineReader lines;
  private boolean iterated;

  private VmwareLogReader(InputStream in, String fileName, Charset charset, int maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.lines = new BoundedLineReader(in, maxLineBytes);
  }

  /**
   * Opens a log file, decoded as UTF-8.
   *
   * @param path the file
   * @return the reader, locations named by {@code path.toString()}
   * @throws VmdpException {@code file:1:1: cannot read file: ...} when the file cannot be opened,
   *     {@code file:1:1: not a regular file ...} for a directory, FIFO or device
   */
  public static VmwareLogReader open(Path path) {
    return open(path, StandardCharsets.UTF_8);
  }

  /**
   * Opens a log file in a given charset (the host code page the log names, such as GBK).
   *
   * @param path the file
   * @param charset how to decode lines
   * @return the reader
   * @throws VmdpException {@code file:1:1: cannot read file: ...} when the file cannot be opened,
   *     {@code file:1:1: not a regular file ...} for a directory, FIFO or device
   */
  public static VmwareLogReader open(Path path, Charset charset) {
    String name = path.toString();
    ReadFailures.requireRegularFile(path);
    try {
      return new VmwareLogReader(Files.newInputStream(path), name, charset, InputLimits.defaults().maxLineBytes());
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  /**
   * A reader over a stream, decoded as UTF-8.
   *
   * @param in the stream, closed with the reader
   * @param fileName the name to use in locations (may be empty, not null)
   * @return the reader
   */
  public static VmwareLogReader of(InputStream in, String fileName) {
    return of(in, fileName, StandardCharsets.UTF_8);
  }

  /**
   * A reader over a stream in a given charset.
   *
   * @param in the stream, closed with the reader
   * @param fileName the name to use in locations (may be empty, not null)
   * @param charset how to decode lines
   * @return the reader
   */
  public static VmwareLogReader of(InputStream in, String fileName, Charset charset) {
    return new VmwareLogReader(in, fileName, charset, InputLimits.defaults().maxLineBytes());
  }

  /** For tests: a smaller line limit. */
  static VmwareLogReader of(InputStream in, String fileName, int maxLineBytes) {
    return new VmwareLogReader(in, fileName, StandardCharsets.UTF_8, maxLineBytes);
  }

  /**
   * The lines of a log file as a stream that must be closed (it closes the file).
   *
   * @param path the file
   * @return the lines in file order
   * @throws VmdpException {@code file:1:1: cannot read file: ...} when the file cannot be opened;
   *     {@code file:N:1: cannot read file: ...} from the stream when reading fails at line N
   */
  public static Stream<LogLine> lines(Path path) {
    return open(path).stream();
  }

  /** The name used in locations. */
  public String fileName() {
    return fileName;
  }

  /**
   * The lines as a single-pass stream; closing it closes the reader.
   *
   * @return the lines in file order
   * @throws IllegalStateException when the lines were already taken from this reader
   */
  public Stream<LogLine> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * The lines as a single-pass iterator; reading failures surface from {@code hasNext()} as
   * {@link VmdpException} naming the file and line.
   *
   * @return the iterator
   * @throws IllegalStateException when the lines were already taken from this reader
   */
  @Override
  public Iterator<LogLine> iterator() {
    if (iterated) {
      throw new IllegalStateException("VmwareLogReader is single-pass: the lines of " + fileName + " were already read");
    }
    iterated = true;
    return new Iterator<>() {
      private int number;
      private LogLine next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          advance();
        }
        return next != null;
      }

      @Override
      public LogLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more lines in " + fileName);
        }
        LogLine l = next;
        next = null;
        return l;
      }

      private void advance() {
        try {
          if (!lines.next()) {
            done = true;
            return;
          }
        } catch (IOException e) {
          done = true;
          throw new VmdpException(SourceRef.of(fileName, number + 1, 1), "cannot read file: " + ReadFailures.reason(e), null, e);
        }
        number++;
        String text = new String(lines.buffer(), 0, lines.length(), charset);
        next = LogLineParser.parse(text, SourceRef.of(fileName, number), lines.truncated());
      }
    };
  }

  /**
   * Closes the stream.
   *
   * @throws VmdpException naming the file when closing fails
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new VmdpException(fileName + ": cannot close: " + ReadFailures.reason(e), e);
    }
  }

}
