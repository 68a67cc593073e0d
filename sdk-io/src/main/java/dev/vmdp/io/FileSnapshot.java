package dev.vmdp.io;

import dev.vmdp.io.internal.shared.SnapshotBytes;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of a file as they were when it was read, with its path, size, modification time and
 * a SHA-256 hash of the content, so that a later save can tell whether the file changed on disk.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(Path.of("rhel3.vmx"));
 * FileSnapshot piped = FileSnapshot.read(System.in, "-", InputLimits.defaults());
 * // ... edit ...
 * SafeWriter.save(before.path(), newBytes, before, SaveOptions.defaults());
 * }</pre>
 */
public final class FileSnapshot {
  /** The name of standard input in messages, and the command-line argument that asks for it. */
  public static final String STANDARD_INPUT = "-";

  private final Path path;
  private final byte[] bytes;
  private final FileTime lastModified;
  /** The bytes' SHA-256, computed on first use (most snapshots are only read, never saved over). */
  private volatile byte[] sha256;

  static {
    SnapshotBytes.register(s -> ((FileSnapshot) s).bytes);
  }

  private FileSnapshot(Path path, byte[] bytes, FileTime lastModified) {
    this.path = path;
    this.bytes = bytes;
    this.lastModified = lastModified;
  }

  /**
   * Reads a file within the default {@link InputLimits}.
   *
   * @param path the file
   * @return its snapshot
   * @throws VmdpException naming the file when it is not a regular file, cannot be read, or is above
   *     the size limit
   */
  public static FileSnapshot read(Path path) {
    return read(path, InputLimits.defaults());
  }

  /**
   * Reads a regular file within the given limits; only the file size limit applies here. At most
   * one byte past the limit is read, whatever size the file system reports (a file may grow while
   * it is read); a directory, FIFO or device is refused without being opened
   * ({@code FILE:1:1: not a regular file (a FIFO); give - to read standard input}).
   *
   * @param path the file
   * @param limits the limits
   * @return its snapshot
   * @throws VmdpException naming the file when it is not a regular file, cannot be read, or is above
   *     the size limit
   */
  public static FileSnapshot read(Path path, InputLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limits, "limits");
    String name = path.toString();
    return CurrentInput.reading(name, () -> readFile(path, name, limits));
  }

  /**
   * Reads a regular file whose attributes the caller has just read, as {@link #read(Path,
   * InputLimits)} does but without a stat of its own: a folder walk reads each entry's attributes
   * to tell files from folders, and a fleet check reads thousands of small files. The snapshot's
   * time stamp and size are those attributes'; attributes that are not a regular file's are not
   * used (the file is then read as {@code read(path, limits)} reads it).
   *
   * @param path the file
   * @param attributes its attributes, as read a moment before (of the file itself, not of a link to it)
   * @param limits the limits
   * @return its snapshot
   * @throws VmdpException naming the file when it cannot be read or is above the size limit
   */
  public static FileSnapshot read(Path path, BasicFileAttributes attributes, InputLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(limits, "limits");
    String name = path.toString();
    return CurrentInput.reading(name, () -> readFile(path, name, limits,
        attributes.isRegularFile() ? attributes : ReadFailures.requireRegularFile(path)));
  }

  private static FileSnapshot readFile(Path path, String name, InputLimits limits) {
    // One stat for the kind, time stamp and size (a fleet check reads thousands of small files).
    return readFile(path, name, limits, ReadFailures.requireRegularFile(path));
  }

  private static FileSnapshot readFile(Path path, String name, InputLimits limits, BasicFileAttributes attributes) {
    // The reported size refuses a huge file at once and sizes the buffer; it never bounds the read.
    limits.checkFileSize(name, attributes.size());
    try (InputStream in = Files.newInputStream(path)) {
      return new FileSnapshot(path, readBounded(in, name, limits, attributes.size()), attributes.lastModifiedTime());
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  /**
   * Reads a stream to its end within the given limits, for standard input ({@code vmdp check -});
   * the stream is not closed. The snapshot's path is the name, its modification time the time of
   * the read.
   *
   * @param in the stream, for example {@code System.in}
   * @param name the name for messages and {@link #path()}: {@link #STANDARD_INPUT} for standard input
   * @param limits the limits; only the file size limit applies here
   * @return the snapshot
   * @throws VmdpException naming the stream when it fails or holds more than the limit (after
   *     reading one byte past it)
   */
  public static FileSnapshot read(InputStream in, String name, InputLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(limits, "limits");
    try {
      return new FileSnapshot(Path.of(name), readBounded(in, name, limits, 8191), FileTime.from(Instant.now()));
    } catch (IOException e) {
      throw ReadFailures.unreadable(name, e);
    }
  }

  /**
   * Reads at most {@code maxFileBytes + 1} bytes into an array sized for the expected length,
   * growing it only when more arrives, and refuses the input once more than the limit was read: a
   * file that grew since it was measured, or a stream without end. A file of the expected length
   * is read into its final array (one byte more is asked for only to see the end).
   */
  private static byte[] readBounded(InputStream in, String name, InputLimits limits, long expected)
      throws IOException {
    long limit = limits.maxFileBytes();
    int max = (int) Math.min(Integer.MAX_VALUE - 8, limit + 1);
    byte[] buf = new byte[(int) Math.max(1, Math.min(max, expected))];
    int n = 0;
    while (true) {
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
      }
      n += r;
      if (n < buf.length) {
        continue;
      }
      if (n >= max) {
        // One byte past the limit was read (or, at the largest array, is still there to read).
        limits.checkBytesRead(name, n > limit || in.read() < 0 ? n : n + 1L);
        return buf;
      }
      // Full: the end, or more than the expected length (then the array grows).
      int next = in.read();
      if (next < 0) {
        return buf;
      }
      buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max(16L, n * 2L)));
      buf[n++] = (byte) next;
    }
  }

  /**
   * A snapshot of bytes that did not come from disk (tests, generated files).
   *
   * @param path the file the bytes stand for
   * @param bytes the content (copied)
   * @param lastModified the modification time to record
   * @return the snapshot
   */
  public static FileSnapshot of(Path path, byte[] bytes, FileTime lastModified) {
    return new FileSnapshot(
        Objects.requireNonNull(path, "path"),
        bytes.clone(),
        Objects.requireNonNull(lastModified, "lastModified"));
  }

  /** The file as it was named when read. */
  public Path path() {
    return path;
  }

  /** The file name as the user named it, for messages. */
  public String fileName() {
    return path.toString();
  }

  /** A copy of the bytes read. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of bytes read. */
  public long size() {
    return bytes.length;
  }

  /** The file's modification time when it was read. */
  public FileTime lastModified() {
    return lastModified;
  }

  /** The SHA-256 hash of the bytes read, as lower-case hex. */
  public String contentHash() {
    return HexFormat.of().formatHex(digest());
  }

  /**
   * Whether the given bytes are the bytes of this snapshot (compared by length, hash and content).
   *
   * @param other bytes, for example the file's current content
   * @return true when they are equal
   */
  public boolean hasContent(byte[] other) {
    return other.length == bytes.length
        && MessageDigest.isEqual(digest(), sha256(other))
        && Arrays.equals(bytes, other);
  }

  /** Reads bytes without copying, for this package's writer. */
  byte[] bytesUnsafe() {
    return bytes;
  }

  private byte[] digest() {
    byte[] d = sha256;
    if (d == null) {
      d = sha256(bytes);
      sha256 = d;
    }
    return d;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "FileSnapshot{" + path + ", " + bytes.length + " bytes, modified " + lastModified
        + ", sha256 " + contentHash() + "}";
  }
}
