package dev.vmdp.io;

import dev.vmdp.model.SourceRef;
import java.util.Objects;

/**
 * Something a reader met and could not use (a line it does not recognise, a value out of range, a
 * fact that contradicts the rest of the input such as a function listed twice), with where it was:
 * the one note type of every reader of sdk-io (lspci, esxcli, module lists, esx.conf, the
 * inventory). Unlike a {@link dev.vmdp.model.Diagnostic}, a note has no rule in the catalogue: it
 * explains what the reader left out.
 *
 * @param location the file and 1-based line
 * @param message what was left out and why, one line
 */
public record ReadNote(SourceRef location, String message) {

  /**
   * A note.
   *
   * @param location the file and 1-based line
   * @param message what was left out and why
   */
  public ReadNote {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** Renders as {@code file:line: message}. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
