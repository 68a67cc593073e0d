package dev.vmdp.io.yaml.internal;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import java.nio.file.Path;
import tools.jackson.core.TokenStreamLocation;

/**
 * The inventory text being read: its name for messages, its folder for relative paths (and the
 * folder its files must be in when it is confined), and its lines for the {@code sourceLine} of
 * errors.
 */
final class YamlSource {
  private final String fileName;
  private final Path baseDir;
  private final boolean confined;
  private final String[] lines;

  YamlSource(String text, String fileName, Path baseDir, boolean confined) {
    this.fileName = fileName;
    this.baseDir = baseDir;
    this.confined = confined;
    this.lines = text.split("\r\n|\n|\r", -1);
  }

  /** Whether every file the inventory names must be in {@link #baseDir()} or below. */
  boolean confined() {
    return confined;
  }

  /** The folder relative paths are resolved against. */
  Path baseDir() {
    return baseDir;
  }

  String fileName() {
    return fileName;
  }

  Path resolve(String path) {
    return baseDir.resolve(path).normalize();
  }

  /** A reference to a 1-based line and column, clamped to the text. */
  SourceRef ref(int line, int column) {
    return SourceRef.of(fileName, Math.max(1, line), Math.max(1, column));
  }

  /** A reference to where Jackson was, or the first line when Jackson did not know. */
  SourceRef ref(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return ref(1, 1);
    }
    return ref(location.getLineNr(), location.getColumnNr());
  }

  /** The 1-based line, or null past the end. */
  String line(int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : null;
  }

  /** An error at a place, carrying the offending line (its first 200 characters). */
  VmdpException error(SourceRef at, String message, Throwable cause) {
    String line = line(at.line());
    if (line != null && line.length() > 200) {
      line = line.substring(0, 200) + "...";
    }
    return new VmdpException(at, message, line, cause);
  }

  /** An error at a node of the inventory. */
  VmdpException error(Located node, String message) {
    return error(node.ref(this), message, null);
  }
}
