package dev.vmdp.io.esx;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The input limits of DESIGN.md ("Errors and data safety"): files above 16 MiB and lines above
 * 1 MiB are refused rather than read. Kept package-private here until the shared limit type of
 * {@code dev.vmdp.io} replaces it.
 */
final class InputLimit {
  static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
  static final int MAX_LINE_BYTES = 1024 * 1024;

  private InputLimit() {}

  static void checkFileSize(String file, long size) {
    if (size > MAX_FILE_BYTES) {
      throw new VmdpException(SourceRef.of(file, 1, 1),
          "file is " + size + " bytes, more than the 16 MiB vmdp reads", null, null);
    }
  }

  static void checkLineLength(String file, int line, int length) {
    if (length > MAX_LINE_BYTES) {
      throw new VmdpException(SourceRef.of(file, line, 1),
          "line is " + length + " characters, more than the 1 MiB vmdp reads", null, null);
    }
  }

  static VmdpException unreadable(String file, IOException e) {
    return new VmdpException(SourceRef.of(file, 1, 1), "cannot read file: " + reason(e), null, e);
  }

  static String reason(IOException e) {
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
