package dev.vmdp.console.reliability;

import dev.vmdp.console.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs {@code vmdp} in-process, as the program would, and keeps its exit code and output. */
final class Cli {
  private Cli() {}

  /** One run: exit code, stdout and stderr. */
  record Result(int code, String out, byte[] outBytes, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    String all() {
      return out + err;
    }
  }

  static Result vmdp(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.<String, String>of()::get, args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), out.toByteArray(),
        err.toString(StandardCharsets.UTF_8));
  }
}
