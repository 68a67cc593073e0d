package dev.vmdp.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  /** GNU time, when installed: it gives the CPU time of a child, steadier than wall time on a busy machine. */
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /**
   * Runs a command to its end with stdout sent to a file (or discarded when null).
   *
   * @return the wall time and the CPU time (user + system; NaN without /usr/bin/time) in ms
   */
  static double[] run(List<String> command, Path stdout) {
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(GNU_TIME);
    Path times = null;
    try {
      if (timed) {
        times = Files.createTempFile("vmdp-time", ".txt");
        cmd.addAll(List.of(GNU_TIME.toString(), "-o", times.toString(), "-f", "%U %S"));
      }
      cmd.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
      pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
      long t0 = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      double ms = (System.nanoTime() - t0) / 1e6;
      if (code > 1) {
        throw new IllegalStateException("exit code " + code + " from " + String.join(" ", command));
      }
      double cpu = Double.NaN;
      if (timed) {
        List<String> lines = Files.readAllLines(times, StandardCharsets.UTF_8);
        String[] f = lines.get(lines.size() - 1).strip().split(" ", -1);
        cpu = (Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000;
      }
      return new double[] {ms, cpu};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (times != null) {
        times.toFile().delete();
      }
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
