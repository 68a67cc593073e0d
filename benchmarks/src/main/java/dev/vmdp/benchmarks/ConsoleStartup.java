package dev.vmdp.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the console as a process: from the start of {@code java -jar vmdp.jar} (no command, piped
 * input, so a dumb terminal) until the prompt {@code vmdp> } appears, and until the first snippet
 * ({@code 1 + 2}, typed as soon as the prompt shows) has printed its value; against a JVM that
 * only starts and prints a line ({@link JvmStart}). DESIGN.md targets: prompt under 1 s, first
 * evaluation under 2 s.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.ConsoleStartup console/target/vmdp.jar 5
 * }</pre>
 */
public final class ConsoleStartup {
  private ConsoleStartup() {}

  /**
   * Runs the measurement: {@code VMDP_JAR [RUNS]}.
   *
   * @param args the vmdp jar and how many runs (default 5)
   * @throws IOException when a process cannot be started or read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ConsoleStartup VMDP_JAR [RUNS]");
      System.exit(2);
    }
    String jar = args[0];
    int runs = args.length == 2 ? Integer.parseInt(args[1]) : 5;
    String self = Path.of(ConsoleStartup.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    Path history = Files.createTempFile("vmdp-history", ".txt");
    List<Double> jvm = new ArrayList<>();
    List<Double> prompt = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    once(Processes.javaCommand(false, "-cp", self, JvmStart.class.getName()), "ready", null, history);
    for (int i = 0; i < runs; i++) {
      jvm.add(once(Processes.javaCommand(false, "-cp", self, JvmStart.class.getName()), "ready", null, history)[0]);
      double[] c = once(Processes.javaCommand(true, "-jar", jar), "vmdp> ", "==> 3", history);
      prompt.add(c[0]);
      first.add(c[1]);
      System.out.printf(Locale.ROOT, "run %d: JVM start %.0f ms, prompt %.0f ms, first evaluation %.0f ms%n", i + 1,
          jvm.get(i), c[0], c[1]);
    }
    double j = Processes.median(jvm);
    double p = Processes.median(prompt);
    double f = Processes.median(first);
    System.out.printf(Locale.ROOT, "median: JVM start %.0f ms, prompt %.0f ms (%.2fx; target < 1000 ms), "
        + "first evaluation %.0f ms (%.2fx; target < 2000 ms)%n", j, p, p / j, f, f / j);
    Files.deleteIfExists(history);
  }

  /** Starts a process, waits for a text (then types a snippet and waits for its value), ends it. */
  private static double[] once(List<String> command, String ready, String value, Path history) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("VMDP_HISTORY", history.toString());
    long t0 = System.nanoTime();
    try {
      Process p = pb.start();
      try (InputStream out = p.getInputStream(); OutputStream in = p.getOutputStream()) {
        double r = Processes.awaitText(out, ready, t0);
        double v = Double.NaN;
        if (value != null) {
          in.write("1 + 2\n".getBytes(StandardCharsets.UTF_8));
          in.flush();
          v = Processes.awaitText(out, value, t0);
          in.write("/exit\n".getBytes(StandardCharsets.UTF_8));
          in.flush();
        }
        out.transferTo(OutputStream.nullOutputStream());
        p.waitFor();
        return new double[] {r, v};
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
