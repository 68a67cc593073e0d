package dev.vmdp.model;

import java.util.Optional;

/**
 * The one unchecked root of every exception vmdp throws on purpose.
 *
 * <p>When the problem has a place (a file and a 1-based line and column), {@link #location()}
 * names it and {@link #getMessage()} renders as {@code file:line:col: message}, the form the
 * command line prints. {@link #sourceLine()} holds the offending input line when it is known,
 * so a caller can show it with a marker.
 */
public class VmdpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourceRef location;
  private final String detail;
  private final String sourceLine;

  /**
   * An error without a place.
   *
   * @param message what went wrong, one line
   */
  public VmdpException(String message) {
    this(null, message, null, null);
  }

  /**
   * An error without a place, caused by another exception.
   *
   * @param message what went wrong, one line
   * @param cause the underlying exception
   */
  public VmdpException(String message, Throwable cause) {
    this(null, message, null, cause);
  }

  /**
   * An error at a place in a file.
   *
   * @param location where it went wrong (may be null when unknown)
   * @param message what went wrong, one line, without the location
   * @param sourceLine the offending input line, when known (may be null)
   * @param cause the underlying exception (may be null)
   */
  public VmdpException(SourceRef location, String message, String sourceLine, Throwable cause) {
    super(location == null ? message : location + ": " + message, cause);
    this.location = location;
    this.detail = message;
    this.sourceLine = sourceLine;
  }

  /** Where the problem is, when known. */
  public Optional<SourceRef> location() {
    return Optional.ofNullable(location);
  }

  /** The message without the location prefix. */
  public String detail() {
    return detail;
  }

  /** The offending input line, when known. */
  public Optional<String> sourceLine() {
    return Optional.ofNullable(sourceLine);
  }
}
