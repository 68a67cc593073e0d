package dev.vmdp.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@code vmdp} in-process and keeps what it printed. */
final class CliTestSupport {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int vmdp(String... args) {
    out.reset();
    err.reset();
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.<String, String>of()::get, args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  byte[] outBytes() {
    return out.toByteArray();
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
