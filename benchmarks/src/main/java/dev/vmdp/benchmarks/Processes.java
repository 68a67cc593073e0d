package dev.vmdp.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Starts and times child JVMs for the process-level measurements (fleet check, console start). */
final class Processes {
  private Processes() {}

  /** The java launcher of the running JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Extra options for the measured vmdp JVM, from {@code -DjavaOpts="..."} (for CDS experiments). */
  static List<String> vmdpJavaOptions() {
    String opts = System.getProperty("javaOpts", "").strip();
    return opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
  }

  /** A command line: java, the vmdp options when asked, then the rest. */
  static List<String> javaCommand(boolean vmdp, String... rest) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    if (vmdp) {
      cmd.addAll(vmdpJavaOptions());
    }
    cmd.addAll(List.of(rest));
    return cmd;
  }

  /**
   * Runs a command to its end with stdout sent to a file (or discarded when null).
   *
   * @return the wall time in milliseconds
   */
  static double run(List<String> command, Path stdout) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
    long t0 = System.nanoTime();
    try {
      Process p = pb.start();
      int code = p.waitFor();
      double ms = (System.nanoTime() - t0) / 1e6;
      if (code > 1) {
        throw new IllegalStateException("exit code " + code + " from " + String.join(" ", command));
      }
      return ms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Reads a stream until it has shown a text, and gives the time since {@code t0} in ms. */
  static double awaitText(InputStream in, String text, long t0) throws IOException {
    StringBuilder seen = new StringBuilder();
    byte[] buf = new byte[4096];
    while (true) {
      int n = in.read(buf);
      if (n < 0) {
        throw new IllegalStateException("output ended before '" + text + "'; output was: " + seen);
      }
      seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      if (seen.indexOf(text) >= 0) {
        return (System.nanoTime() - t0) / 1e6;
      }
    }
  }

  /** The median of some values. */
  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
