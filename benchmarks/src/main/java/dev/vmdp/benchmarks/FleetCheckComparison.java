package dev.vmdp.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times {@code vmdp check FOLDER --format json} (one process, JSON to a file) against
 * {@link ReadFilesBaseline} (a process that only reads the same files), alternating the two so
 * that both see the same machine load, and prints the medians and their ratio (target of
 * docs/PERFORMANCE.md: at most 2.5x). The check runs as {@code java [-DjavaOpts] -jar VMDP_JAR},
 * or through a launcher script when one is given ({@code -Dlauncher=./vmdp}: what users run, with
 * its JVM flags and class-data sharing archive). The fleet comes from {@link FleetGenerator} (the realistic mix of
 * {@link SyntheticVmxFiles}: 10,000 files are about 65 MB); the first baseline run warms the file
 * cache and is not counted.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.FleetCheckComparison /tmp/fleet console/target/vmdp.jar 5
 * java -Dlauncher=./vmdp -cp benchmarks/target/benchmarks.jar dev.vmdp.benchmarks.FleetCheckComparison \
 *     /tmp/fleet console/target/vmdp.jar 5
 * }</pre>
 */
public final class FleetCheckComparison {
  private FleetCheckComparison() {}

  /**
   * Runs the comparison: {@code FLEET_DIR VMDP_JAR [RUNS]}.
   *
   * @param args the fleet folder (with {@code vms/} and {@code host/}), the vmdp jar, how many runs (default 5)
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: FleetCheckComparison FLEET_DIR VMDP_JAR [RUNS]");
      System.exit(2);
    }
    Path fleet = Path.of(args[0]);
    String jar = args[1];
    int runs = args.length == 3 ? Integer.parseInt(args[2]) : 5;
    String self = Path.of(FleetCheckComparison.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    String vms = fleet.resolve("vms").toString();
    List<String> baseline = Processes.javaCommand(false, "-cp", self, ReadFilesBaseline.class.getName(), vms);
    List<String> checkArgs = List.of("check", vms, "--lspci", fleet.resolve("host/lspci-nnvvv.txt").toString(),
        "--map", fleet.resolve("host/passthru.map").toString(), "--format", "json");
    String launcher = System.getProperty("launcher");
    List<String> check = new ArrayList<>();
    if (launcher != null) {
      check.add(launcher);
    } else {
      check.addAll(Processes.javaCommand(true, "-jar", jar));
    }
    check.addAll(checkArgs);
    Path json = fleet.resolve("check.json");
    Processes.run(baseline, null);
    List<Double> base = new ArrayList<>();
    List<Double> checked = new ArrayList<>();
    List<Double> baseCpu = new ArrayList<>();
    List<Double> checkedCpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      double[] b = Processes.run(baseline, null);
      double[] c = Processes.run(check, json);
      base.add(b[0]);
      checked.add(c[0]);
      baseCpu.add(b[1]);
      checkedCpu.add(c[1]);
      System.out.printf(Locale.ROOT,
          "run %d: read-only %.0f ms (cpu %.0f ms), vmdp check %.0f ms (cpu %.0f ms): %.2fx wall, %.2fx cpu%n",
          i + 1, b[0], b[1], c[0], c[1], c[0] / b[0], c[1] / b[1]);
    }
    double b = Processes.median(base);
    double c = Processes.median(checked);
    double bc = Processes.median(baseCpu);
    double cc = Processes.median(checkedCpu);
    System.out.printf(Locale.ROOT, "median wall: read-only %.0f ms, vmdp check %.0f ms, ratio %.2fx (target <= 2.5x)%n",
        b, c, c / b);
    System.out.printf(Locale.ROOT, "median cpu:  read-only %.0f ms, vmdp check %.0f ms, ratio %.2fx; report in %s%n",
        bc, cc, cc / bc, json);
  }
}
