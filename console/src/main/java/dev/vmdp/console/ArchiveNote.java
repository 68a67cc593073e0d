package dev.vmdp.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the note the launchers check before they use a class-data sharing archive: the path of
 * the jar it was made for (links resolved, as the launchers name it) on one line, and the jar's
 * modification time as the note's own. The build runs it after it dumps
 * {@code console/target/vmdp-JDK.jsa}; {@code bin/vmdp} writes the same note for an archive it
 * makes. An archive whose note names another jar or time is made again (docs/PERFORMANCE.md,
 * "Start-up"): JDK 17 would ignore it without a word.
 *
 * <pre>{@code
 * java -cp console/target/vmdp.jar dev.vmdp.console.ArchiveNote \
 *     console/target/vmdp-17.0.15.jsa.for console/target/vmdp.jar
 * }</pre>
 */
final class ArchiveNote {
  private ArchiveNote() {}

  /**
   * Writes the note: {@code NOTE JAR}.
   *
   * @param args the note file and the jar
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ArchiveNote NOTE_FILE JAR");
      System.exit(2);
    }
    write(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Writes the note of an archive made for a jar.
   *
   * @param note the note file, {@code ARCHIVE.for}
   * @param jar the jar
   */
  static void write(Path note, Path jar) {
    try {
      Path real = jar.toRealPath();
      Files.writeString(note, real + "\n", StandardCharsets.UTF_8);
      Files.setLastModifiedTime(note, Files.getLastModifiedTime(real));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
