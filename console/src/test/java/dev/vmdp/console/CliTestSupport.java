package dev.vmdp.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@code vmdp} in-process and keeps what it printed. By default standard input is empty, the
 * environment is empty, the working folder is the process's and standard output is not a terminal;
 * {@link #stdin}, {@link #env}, {@link #cwd} and {@link #terminal} change that for the next runs.
 */
final class CliTestSupport {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Map<String, String> env = new HashMap<>();
  private byte[] stdin = new byte[0];
  private Path cwd = Path.of("");
  private boolean terminal;

  int vmdp(String... args) {
    out.reset();
    err.reset();
    Main.Io io = new Main.Io(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env::get, cwd, terminal);
    return Main.run(io, args);
  }

  CliTestSupport stdin(byte[] bytes) {
    stdin = bytes.clone();
    return this;
  }

  CliTestSupport env(String name, String value) {
    env.put(name, value);
    return this;
  }

  CliTestSupport cwd(Path folder) {
    cwd = folder;
    return this;
  }

  CliTestSupport terminal(boolean isTerminal) {
    terminal = isTerminal;
    return this;
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
