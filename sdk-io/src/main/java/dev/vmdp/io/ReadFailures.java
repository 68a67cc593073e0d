package dev.vmdp.io;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * How readers refuse a file they cannot read, in one wording: a path that is not a regular file
 * ({@code file:1:1: not a regular file (a directory)}, {@code file:1:1: not a regular file (a
 * FIFO); give - to read standard input}), and an {@link IOException} as one short reason
 * ({@code no such file}, {@code permission denied}, the file system's own reason) in the
 * {@code file:1:1: cannot read file: reason} error the command line prints.
 *
 * <pre>{@code
 * ReadFailures.requireRegularFile(path);   // before opening a stream on it
 * try (InputStream in = Files.newInputStream(path)) { ... }
 * catch (IOException e) { throw ReadFailures.unreadable(path.toString(), e); }
 * }</pre>
 */
public final class ReadFailures {
  private static final int MODE_TYPE = 0170000;
  private static final int MODE_FIFO = 0010000;
  private static final int MODE_CHARACTER_DEVICE = 0020000;
  private static final int MODE_BLOCK_DEVICE = 0060000;
  private static final int MODE_SOCKET = 0140000;

  private ReadFailures() {}

  /**
   * The attributes of a path that names a regular file (symbolic links are followed), read without
   * opening the file: opening a FIFO that has no writer blocks forever, and a device has no end.
   * Between this check and an open the path could be replaced by a FIFO; Java can open a file only
   * blocking, so that race stays open.
   *
   * @param path the path, named in messages by {@code path.toString()}
   * @return its attributes
   * @throws VmdpException {@code file:1:1: ...} when it is missing or cannot be examined
   *     ({@code cannot read file: no such file}), is a directory
   *     ({@code not a regular file (a directory)}), or a FIFO, socket or device
   *     ({@code not a regular file (a FIFO); give - to read standard input})
   */
  public static BasicFileAttributes requireRegularFile(Path path) {
    String name = path.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
    if (attributes.isRegularFile()) {
      return attributes;
    }
    if (attributes.isDirectory()) {
      throw new VmdpException(SourceRef.of(name, 1, 1), "not a regular file (a directory)", null, null);
    }
    throw new VmdpException(SourceRef.of(name, 1, 1),
        "not a regular file (" + specialKind(path) + "); give - to read standard input", null, null);
  }

  /** What a file that is neither regular nor a directory is, from its Unix mode where the platform has one. */
  private static String specialKind(Path path) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode");
      if (mode instanceof Integer m) {
        switch (m & MODE_TYPE) {
          case MODE_FIFO -> {
            return "a FIFO";
          }
          case MODE_CHARACTER_DEVICE -> {
            return "a character device";
          }
          case MODE_BLOCK_DEVICE -> {
            return "a block device";
          }
          case MODE_SOCKET -> {
            return "a socket";
          }
          default -> {
            // Another kind: named below.
          }
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // No Unix view on this platform: the kind stays unnamed.
    }
    return "a special file";
  }

  /**
   * The error for a file that cannot be read.
   *
   * @param file the file as the user named it
   * @param e what went wrong
   * @return {@code file:1:1: cannot read file: reason}, with {@code e} as its cause
   */
  public static VmdpException unreadable(String file, IOException e) {
    return new VmdpException(SourceRef.of(file, 1, 1), "cannot read file: " + reason(e), null, e);
  }

  /**
   * A short reason for an I/O failure.
   *
   * @param e what went wrong
   * @return {@code no such file}, {@code permission denied}, the file system's reason, or the message
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
