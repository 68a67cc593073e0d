package dev.vmdp.console;

import dev.vmdp.io.InputLimits;
import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A VMX given as {@code -}: standard input read whole, with the limit every file has (DESIGN.md,
 * input limits), under the name findings and diffs show.
 */
final class StandardInput {
  /** The name a VMX read from standard input goes by, as compilers call it. */
  static final String NAME = "<stdin>";
  /** The argument that stands for standard input. */
  static final String DASH = "-";

  private StandardInput() {}

  /**
   * Reads standard input, refusing more than a file may hold before it is all in memory.
   *
   * @param in standard input
   * @return the bytes
   * @throws VmdpException {@code <stdin>: ...} when it is too large or cannot be read
   */
  static byte[] read(InputStream in) {
    InputLimits limits = InputLimits.defaults();
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      limits.checkFileSize(NAME, bytes.length);
      return bytes;
    } catch (IOException e) {
      throw new VmdpException(NAME + ": cannot read: " + e.getMessage(), e);
    }
  }
}
