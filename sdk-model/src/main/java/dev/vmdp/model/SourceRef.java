package dev.vmdp.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a value came from: a file (as the user named it) and a 1-based line, optionally a 1-based
 * column.
 *
 * <p>The model knows nothing else about files; readers attach a {@code SourceRef} so that findings
 * can point at the line to change. A reference renders as {@code file:line} or
 * {@code file:line:col}.
 */
public final class SourceRef {
  private final String file;
  private final int line;
  private final int column;

  private SourceRef(String file, int line, int column) {
    this.file = Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("SourceRef line must be >= 1 (1-based), was " + line);
    }
    if (column < 0) {
      throw new IllegalArgumentException("SourceRef column must be >= 1 (1-based) or absent, was " + column);
    }
    this.line = line;
    this.column = column;
  }

  /**
   * A reference to a whole line.
   *
   * @param file the file as the user named it (never null; may be empty for in-memory input)
   * @param line 1-based line number
   * @return the reference
   */
  public static SourceRef of(String file, int line) {
    return new SourceRef(file, line, 0);
  }

  /**
   * A reference to a line and column.
   *
   * @param file the file as the user named it
   * @param line 1-based line number
   * @param column 1-based column (a byte offset in the line plus one)
   * @return the reference
   */
  public static SourceRef of(String file, int line, int column) {
    if (column < 1) {
      throw new IllegalArgumentException("SourceRef column must be >= 1 (1-based), was " + column);
    }
    return new SourceRef(file, line, column);
  }

  /** The file as the user named it; empty for input that had no file name. */
  public String file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }

  /** The 1-based column, or empty when the reference is to a whole line. */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceRef other
        && file.equals(other.file)
        && line == other.line
        && column == other.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column);
  }

  /** Renders as {@code file:line} or {@code file:line:col}. */
  @Override
  public String toString() {
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
