package dev.vmdp.io;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;

/**
 * How much input a reader accepts before it refuses the file, so that a wrong or hostile file
 * cannot exhaust memory; also how much a document accepts to be edited into, so that an edit never
 * makes a file its own reader refuses. These are the only size limits of sdk-io (vmware.log, which
 * is streamed, only cuts its lines at the line limit).
 *
 * <p>The defaults ({@link #defaults()}) are 16 MiB per file and 1 MiB per line: real
 * configuration files are a few kilobytes, the longest real lines (encrypted VM data) a few tens
 * of kilobytes.
 *
 * <p>An archive (a vm-support bundle) is read as a stream and never extracted: each entry vmdp
 * reads obeys the file limit, the entries it keeps in memory together obey
 * {@link #maxArchiveHeldBytes()} (256 MiB by default), and every byte the archive expands to, read
 * or skipped, counts against {@link #maxArchiveBytes()} (4 GiB by default: real bundles expand to
 * a few GiB of logs and command output; a gzip bomb stops there after a few seconds of
 * decompression, holding no more than one entry's bytes).
 *
 * <pre>{@code
 * InputLimits limits = InputLimits.defaults().withMaxLineBytes(4 << 20);
 * VmxDocument doc = VmxDocument.read(Path.of("big.vmx"), limits);
 * }</pre>
 */
public final class InputLimits {
  /** The default largest file: 16 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 16L << 20;
  /** The default longest line, without its terminator: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  /** The default most bytes an archive may expand to: 4 GiB. */
  public static final long DEFAULT_MAX_ARCHIVE_BYTES = 4L << 30;
  /** The default most bytes of an archive's entries held in memory together: 256 MiB. */
  public static final long DEFAULT_MAX_ARCHIVE_HELD_BYTES = 256L << 20;

  private static final InputLimits DEFAULTS =
      new InputLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_ARCHIVE_BYTES,
          DEFAULT_MAX_ARCHIVE_HELD_BYTES);

  private final long maxFileBytes;
  private final int maxLineBytes;
  private final long maxArchiveBytes;
  private final long maxArchiveHeldBytes;

  private InputLimits(long maxFileBytes, int maxLineBytes, long maxArchiveBytes, long maxArchiveHeldBytes) {
    if (maxFileBytes < 0 || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "InputLimits maxFileBytes must be between 0 and " + (Integer.MAX_VALUE - 8) + ", was " + maxFileBytes);
    }
    if (maxLineBytes < 0) {
      throw new IllegalArgumentException("InputLimits maxLineBytes must be >= 0, was " + maxLineBytes);
    }
    if (maxArchiveBytes < 0 || maxArchiveHeldBytes < 0) {
      throw new IllegalArgumentException("InputLimits archive limits must be >= 0, were " + maxArchiveBytes + " and "
          + maxArchiveHeldBytes);
    }
    this.maxFileBytes = maxFileBytes;
    this.maxLineBytes = maxLineBytes;
    this.maxArchiveBytes = maxArchiveBytes;
    this.maxArchiveHeldBytes = maxArchiveHeldBytes;
  }

  /** The default limits: 16 MiB per file, 1 MiB per line. */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Limits with the given maxima, and the default archive limits.
   *
   * @param maxFileBytes largest accepted file in bytes (at most about 2 GiB)
   * @param maxLineBytes longest accepted line in bytes, without its terminator
   * @return the limits
   */
  public static InputLimits of(long maxFileBytes, int maxLineBytes) {
    return new InputLimits(maxFileBytes, maxLineBytes, DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_ARCHIVE_HELD_BYTES);
  }

  /** The largest accepted file, in bytes. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** The longest accepted line without its terminator, in bytes. */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** The most bytes an archive may expand to, every entry counted, read or skipped. */
  public long maxArchiveBytes() {
    return maxArchiveBytes;
  }

  /** The most bytes of an archive's entries held in memory together. */
  public long maxArchiveHeldBytes() {
    return maxArchiveHeldBytes;
  }

  /** A copy with another file limit. */
  public InputLimits withMaxFileBytes(long bytes) {
    return new InputLimits(bytes, maxLineBytes, maxArchiveBytes, maxArchiveHeldBytes);
  }

  /** A copy with another line limit. */
  public InputLimits withMaxLineBytes(int bytes) {
    return new InputLimits(maxFileBytes, bytes, maxArchiveBytes, maxArchiveHeldBytes);
  }

  /** A copy with another limit of the bytes an archive may expand to. */
  public InputLimits withMaxArchiveBytes(long bytes) {
    return new InputLimits(maxFileBytes, maxLineBytes, bytes, maxArchiveHeldBytes);
  }

  /** A copy with another limit of the bytes of an archive held in memory. */
  public InputLimits withMaxArchiveHeldBytes(long bytes) {
    return new InputLimits(maxFileBytes, maxLineBytes, maxArchiveBytes, bytes);
  }

  /**
   * Refuses an archive that expanded to more bytes than the limit allows.
   *
   * @param archiveName the archive as the user named it
   * @param entry the entry being read when the limit was passed
   * @param bytes how many bytes the archive expanded to so far
   * @throws VmdpException naming the archive, the entry and the limit when {@code bytes} is above it
   */
  public void checkArchiveBytes(String archiveName, String entry, long bytes) {
    if (bytes > maxArchiveBytes) {
      throw new VmdpException(archiveName + ": expands to more than " + describe(maxArchiveBytes)
          + " (InputLimits.maxArchiveBytes; passed while reading entry " + entry + "); refusing to read it");
    }
  }

  /**
   * Refuses to hold more of an archive's entries in memory than the limit allows.
   *
   * @param archiveName the archive as the user named it
   * @param entry the entry that would pass the limit
   * @param bytes how many bytes the held entries would take
   * @throws VmdpException naming the archive, the entry and the limit when {@code bytes} is above it
   */
  public void checkArchiveHeldBytes(String archiveName, String entry, long bytes) {
    if (bytes > maxArchiveHeldBytes) {
      throw new VmdpException(archiveName + ": the files vmdp reads from it take more than "
          + describe(maxArchiveHeldBytes) + " (InputLimits.maxArchiveHeldBytes; passed at entry " + entry
          + "); refusing to read it");
    }
  }

  /**
   * Refuses a file of the given size.
   *
   * @param fileName the file as the user named it
   * @param size its size in bytes
   * @throws VmdpException naming the file, its size and the limit when the size is above it
   */
  public void checkFileSize(String fileName, long size) {
    if (size > maxFileBytes) {
      throw new VmdpException(fileName + ": file is " + size + " bytes, above the limit of "
          + describe(maxFileBytes) + " (InputLimits.maxFileBytes); refusing to read it");
    }
  }

  /**
   * Refuses a line of the given length.
   *
   * @param fileName the file as the user named it
   * @param lineNumber the 1-based line number
   * @param length the line's length in bytes without its terminator
   * @throws VmdpException located at the line when the length is above the limit
   */
  public void checkLineLength(String fileName, int lineNumber, int length) {
    if (length > maxLineBytes) {
      throw new VmdpException(SourceRef.of(fileName, lineNumber), "line is " + length
          + " bytes, above the limit of " + describe(maxLineBytes)
          + " (InputLimits.maxLineBytes); refusing to read the file", null, null);
    }
  }

  /**
   * Refuses input of which more bytes were read than the file limit allows: a file that grew after
   * it was measured, or a stream, whose true size is not known because reading stops one byte past
   * the limit.
   *
   * @param fileName the file as the user named it ({@code -} for standard input)
   * @param bytesRead how many bytes were read
   * @throws VmdpException naming the file and the limit when {@code bytesRead} is above it
   */
  public void checkBytesRead(String fileName, long bytesRead) {
    if (bytesRead > maxFileBytes) {
      throw new VmdpException(fileName + ": file is larger than the limit of " + describe(maxFileBytes)
          + " (InputLimits.maxFileBytes; more than " + maxFileBytes + " bytes read); refusing to read it");
    }
  }

  /**
   * Refuses an edit that would write a line above the line limit, which the file's reader would
   * then refuse.
   *
   * @param fileName the file as the user named it
   * @param lineNumber the 1-based line the edit writes, in the edited file
   * @param length the line's length in bytes without its terminator
   * @param edit what the edit does, for the message ({@code cannot set annotation})
   * @throws VmdpException located at the line when the length is above the limit
   */
  public void checkEditedLine(String fileName, int lineNumber, int length, String edit) {
    if (length > maxLineBytes) {
      throw new VmdpException(SourceRef.of(fileName, lineNumber), edit + ": the line would be " + length
          + " bytes, above the limit of " + describe(maxLineBytes)
          + " (InputLimits.maxLineBytes), so the file could not be read again", null, null);
    }
  }

  /**
   * Refuses an edit that would make the file larger than the file limit, which the file's reader
   * would then refuse.
   *
   * @param fileName the file as the user named it
   * @param size the edited file's size in bytes
   * @param edit what the edit does, for the message ({@code cannot set annotation})
   * @throws VmdpException naming the file when the size is above the limit
   */
  public void checkEditedFile(String fileName, long size, String edit) {
    if (size > maxFileBytes) {
      throw new VmdpException(fileName + ": " + edit + ": the file would be " + size + " bytes, above the limit of "
          + describe(maxFileBytes) + " (InputLimits.maxFileBytes), so it could not be read again");
    }
  }

  private static String describe(long bytes) {
    if (bytes >= (1L << 30) && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputLimits other
        && maxFileBytes == other.maxFileBytes
        && maxLineBytes == other.maxLineBytes
        && maxArchiveBytes == other.maxArchiveBytes
        && maxArchiveHeldBytes == other.maxArchiveHeldBytes;
  }

  @Override
  public int hashCode() {
    return ((Long.hashCode(maxFileBytes) * 31 + maxLineBytes) * 31 + Long.hashCode(maxArchiveBytes)) * 31
        + Long.hashCode(maxArchiveHeldBytes);
  }

  @Override
  public String toString() {
    return "InputLimits{maxFileBytes=" + maxFileBytes + ", maxLineBytes=" + maxLineBytes + ", maxArchiveBytes="
        + maxArchiveBytes + ", maxArchiveHeldBytes=" + maxArchiveHeldBytes + "}";
  }
}
