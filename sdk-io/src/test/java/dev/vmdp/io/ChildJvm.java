package dev.vmdp.io;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SaveChild} in a JVM of its own, spoken to line by line over its standard streams, for
 * the tests that need a second process: a real lock between processes, a real kill -9, another
 * locale or another user.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;
  private final PrintStream in;
  private final Path err;

  private ChildJvm(Process process, Path err) {
    this.process = process;
    this.err = err;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  /** The JVM of this test run. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * This test run's classes as one class path for a child JVM. On the module path (how surefire
   * runs the tests of a module with a descriptor) the module under test and what it requires are
   * on {@code jdk.module.path}, and the test classes are patched into the module from their own
   * folder: none of them is on {@code java.class.path}.
   */
  static String testClassPath() {
    List<String> parts = new ArrayList<>();
    try {
      parts.add(Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  /**
   * Starts {@code SaveChild} with this test run's classes ({@link #testClassPath()}).
   *
   * @param work a folder for the child's standard error
   * @param env the whole environment of the child, or null to inherit this one's
   * @param args the child's arguments
   */
  static ChildJvm start(Path work, Map<String, String> env, String... args) {
    return start(work, List.of(), testClassPath(), env, args);
  }

  /**
   * Starts {@code SaveChild} behind a command prefix (such as {@code setpriv --reuid=...}).
   *
   * @param work a folder for the child's standard error
   * @param prefix the words before {@code java}
   * @param classPath the child's class path
   * @param env the whole environment of the child, or null to inherit this one's
   * @param args the child's arguments
   */
  static ChildJvm start(Path work, List<String> prefix, String classPath, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
        "-cp", classPath, SaveChild.class.getName()));
    command.addAll(List.of(args));
    try {
      Path err = Files.createTempFile(work, "child-", ".err");
      ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
      if (env != null) {
        pb.environment().clear();
        pb.environment().putAll(env);
      }
      return new ChildJvm(pb.start(), err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next line the child wrote, failing with its standard error when it ended first. */
  String readLine() {
    try {
      String line = out.readLine();
      if (line == null) {
        throw new AssertionError("the child ended without answering (exit " + process.waitFor() + "): " + stderr());
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Reads lines until one starts with the prefix, and returns it. */
  String readUntil(String prefix) {
    while (true) {
      String line = readLine();
      if (line.startsWith(prefix)) {
        return line;
      }
    }
  }

  void send(String line) {
    in.println(line);
  }

  /** Kills the child with SIGKILL, as {@code kill -9} does, and waits for it to end. */
  void kill() {
    process.destroyForcibly();
    waitFor();
  }

  int waitFor() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the child did not end within 60 s: " + stderr());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  String stderr() {
    try {
      return Files.readString(err, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no stderr: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    in.close();
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    waitFor();
  }
}
