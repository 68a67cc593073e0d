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

  private static final InputLimits DEFAULTS =
      new InputLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_BYTES);

  private final long maxFileBytes;
  private final int maxLineBytes;

  private InputLimits(long maxFileBytes, int maxLineBytes) {
    if (maxFileBytes < 0 || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "InputLimits maxFileBytes must be between 0 and " + (Integer.MAX_VALUE - 8) + ", was " + maxFileBytes);
    }
    if (maxLineBytes < 0) {
      throw new IllegalArgumentException("InputLimits maxLineBytes must be >= 0, was " + maxLineBytes);
    }
    this.maxFileBytes = maxFileBytes;
    this.maxLineBytes = maxLineBytes;
  }

  /** The default limits: 16 MiB per file, 1 MiB per line. */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Limits with the given maxima.
   *
   * @param maxFileBytes largest accepted file in bytes (at most about 2 GiB)
   * @param maxLineBytes longest accepted line in bytes, without its terminator
   * @return the limits
   */
  public static InputLimits of(long maxFileBytes, int maxLineBytes) {
    return new InputLimits(maxFileBytes, maxLineBytes);
  }

  /** The largest accepted file, in bytes. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** The longest accepted line without its terminator, in bytes. */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** A copy with another file limit. */
  public InputLimits withMaxFileBytes(long bytes) {
    return new InputLimits(bytes, maxLineBytes);
  }

  /** A copy with another line limit. */
  public InputLimits withMaxLineBytes(int bytes) {
    return new InputLimits(maxFileBytes, bytes);
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
        && maxLineBytes == other.maxLineBytes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxFileBytes) * 31 + maxLineBytes;
  }

  @Override
  public String toString() {
    return "InputLimits{maxFileBytes=" + maxFileBytes + ", maxLineBytes=" + maxLineBytes + "}";
  }
}
