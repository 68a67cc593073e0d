package dev.vmdp.rules.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Log files for the log rule tests, written to a temporary folder as ESXi writes them. */
final class LogFiles {
  private LogFiles() {}

  static Path write(String name, String text) {
    try {
      Path dir = Files.createTempDirectory("vmdp-log-test");
      dir.toFile().deleteOnExit();
      Path p = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
