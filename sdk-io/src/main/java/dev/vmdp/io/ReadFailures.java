package dev.vmdp.io;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * How readers word an {@link IOException}: one short reason ({@code no such file},
 * {@code permission denied}, the file system's own reason), and the {@code file:1:1: cannot read
 * file: reason} error the command line prints.
 *
 * <pre>{@code
 * try { bytes = Files.readAllBytes(path); }
 * catch (IOException e) { throw ReadFailures.unreadable(path.toString(), e); }
 * }</pre>
 */
public final class ReadFailures {
  private ReadFailures() {}

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
