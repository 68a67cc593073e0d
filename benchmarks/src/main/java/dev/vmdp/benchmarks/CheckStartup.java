package dev.vmdp.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the start of a batch command, {@code vmdp check ONE.vmx}, as a process: with the JVM
 * flags the launcher gives batch commands, without and with the class-data sharing archive the
 * build made next to the jar ({@code vmdp-JDK.jsa}), and through a launcher script when one is
 * given ({@code -Dlauncher=./vmdp}); against a JVM with the same flags that only starts and
 * prints a line ({@link JvmStart}). Runs alternate, so all see the same load; the first round is
 * not counted. Target (issue #20): at most 3x the bare start, aim 2.5x.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.CheckStartup console/target/vmdp.jar \
 *     console/src/training/gpu-worker.vmx 11
 * java -Dlauncher=./vmdp -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.CheckStartup ...
 * }</pre>
 */
public final class CheckStartup {
  private CheckStartup() {}

  /**
   * Runs the measurement: {@code VMDP_JAR VMX [RUNS]}.
   *
   * @param args the vmdp jar, the .vmx to check and how many runs (default 11)
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: CheckStartup VMDP_JAR VMX [RUNS]");
      System.exit(2);
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    String vmx = args[1];
    int runs = args.length == 3 ? Integer.parseInt(args[2]) : 11;
    String self = Path.of(CheckStartup.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    // The batch flags of the launcher (console/src/main/dist/bin/vmdp).
    List<String> flags = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
        "-Xmn24m", "-XX:-UsePerfData", "-XX:Tier3InvocationThreshold=50", "-XX:Tier3MinInvocationThreshold=20",
        "-XX:Tier3CompileThreshold=500", "-XX:Tier3BackEdgeThreshold=10000"));
    try {
      if (Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[madvise]")) {
        flags.add("-XX:+UseTransparentHugePages");
      }
    } catch (java.io.IOException | RuntimeException e) {
      // No such file: not Linux, or no huge pages; the launcher then adds no flag either.
    }
    Path archive = jar.resolveSibling("vmdp-" + System.getProperty("java.runtime.version") + ".jsa");
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("bare JVM", command(flags, List.of("-cp", self, JvmStart.class.getName())));
    commands.put("check, no archive", command(flags, List.of("-jar", jar.toString(), "check", vmx)));
    if (Files.isRegularFile(archive)) {
      commands.put("check, archive", command(flags, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
          "-Xlog:cds*=off", "-jar", jar.toString(), "check", vmx)));
    } else {
      System.out.println("no archive " + archive + ": build with ./mvnw -B package");
    }
    String launcher = System.getProperty("launcher");
    if (launcher != null) {
      commands.put("launcher " + launcher, List.of(launcher, "check", vmx));
    }
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    commands.keySet().forEach(k -> results.put(k, new ArrayList<>()));
    for (int i = 0; i <= runs; i++) {
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        double[] t = Processes.run(c.getValue(), null);
        if (i > 0) {
          results.get(c.getKey()).add(t);
        }
      }
    }
    double bareWall = median(results.get("bare JVM"), 0);
    double bareCpu = median(results.get("bare JVM"), 1);
    System.out.printf(Locale.ROOT, "java %s, flags %s, %d runs each, medians:%n", System.getProperty("java.runtime.version"),
        String.join(" ", flags), runs);
    for (Map.Entry<String, List<double[]>> r : results.entrySet()) {
      double wall = median(r.getValue(), 0);
      double cpu = median(r.getValue(), 1);
      System.out.printf(Locale.ROOT, "  %-28s %6.0f ms wall (%.2fx), %6.0f ms cpu (%.2fx)%n", r.getKey(), wall,
          wall / bareWall, cpu, cpu / bareCpu);
    }
  }

  private static List<String> command(List<String> flags, List<String> rest) {
    List<String> cmd = new ArrayList<>(List.of(Processes.java()));
    cmd.addAll(flags);
    cmd.addAll(rest);
    return cmd;
  }

  private static double median(List<double[]> runs, int which) {
    List<Double> v = new ArrayList<>();
    runs.forEach(r -> v.add(r[which]));
    return Processes.median(v);
  }
}
