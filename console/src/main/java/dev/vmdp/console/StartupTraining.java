package dev.vmdp.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the batch subcommands once each on small inputs, in one JVM, so that the build can record
 * the classes a start of {@code vmdp} loads ({@code -XX:DumpLoadedClassList}) and make the
 * class-data sharing archive the launchers use from that list (docs/PERFORMANCE.md, "Start-up").
 * It is a build step, not a command: the console module's pom runs it after packaging the jar.
 *
 * <pre>{@code
 * java -XX:DumpLoadedClassList=console/target/vmdp.classlist -cp console/target/vmdp.jar \
 *     dev.vmdp.console.StartupTraining console/src/training
 * }</pre>
 *
 * <p>The folder holds a VMX of each style (one with a vGPU whose check offers a fix), a host's
 * lspci, passthru.map and esx.conf, a vmware.log, and under {@code fleet/} twenty files of the
 * benchmarks' realistic fleet with their host (its README says how they were made), checked as a
 * fleet and fixed with {@code --dry-run}. A command that ends with a usage error
 * (exit 2) fails the training: it means the commands below no longer match the program's options,
 * and the archive would miss their classes.
 */
final class StartupTraining {
  private StartupTraining() {}

  /**
   * Runs the training: {@code INPUT_FOLDER}.
   *
   * @param args the folder with the training inputs
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: StartupTraining INPUT_FOLDER");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    String vmx = in.resolve("gpu-worker.vmx").toString();
    String desktop = in.resolve("desktop.vmx").toString();
    String lspci = in.resolve("lspci-nnvvv.txt").toString();
    String map = in.resolve("passthru.map").toString();
    String esxConf = in.resolve("esx.conf").toString();
    String log = in.resolve("vmware.log").toString();
    String fleetVms = in.resolve("fleet/vms").toString();
    String fleetLspci = in.resolve("fleet/host/lspci-nnvvv.txt").toString();
    String fleetMap = in.resolve("fleet/host/passthru.map").toString();
    Path scratch;
    try {
      scratch = Files.createTempDirectory("vmdp-training");
      Files.copy(in.resolve("gpu-worker.vmx"), scratch.resolve("edited.vmx"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String edited = scratch.resolve("edited.vmx").toString();
    List<String[]> commands = List.of(
        new String[] {"check", vmx, "--lspci", lspci, "--map", map, "--esx-conf", esxConf, "--esx", "7.0U3"},
        new String[] {"check", vmx, desktop, "--lspci", lspci, "--map", map, "--format", "json"},
        new String[] {"check", in.toString()},
        // A folder against a host, as JSON: the fleet check's path, with a fix to resolve (vgpu-desktop.vmx).
        new String[] {"check", in.toString(), "--lspci", lspci, "--map", map, "--format", "json"},
        // A slice of a realistic fleet against its host: the code paths (and lambdas) of the rules
        // that real passthrough VMs reach, over every VM too, and their fixes with a diff.
        new String[] {"check", fleetVms, "--lspci", fleetLspci, "--map", fleetMap, "--format", "json"},
        new String[] {"check", fleetVms, "--lspci", fleetLspci, "--map", fleetMap, "--fix", "--dry-run"},
        new String[] {"check"},
        new String[] {"rules"},
        new String[] {"explain", "VMDP305"},
        new String[] {"explain", "--log", log},
        new String[] {"vmx", "get", desktop, "displayName"},
        new String[] {"vmx", "devices", vmx},
        new String[] {"vmx", "cat", desktop},
        new String[] {"vmx", "set", "--no-backup", edited, "sched.mem.min", "65536"},
        new String[] {"map", "check", map, "--lspci", lspci},
        new String[] {"plan", "--lspci", lspci, "--map", map},
        new String[] {"--version"},
        new String[] {"check", "--no-such-option"});
    PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    int failures = 0;
    for (String[] command : commands) {
      int code = Main.run(new ByteArrayInputStream(new byte[0]), none, none, name -> null, command);
      boolean expectedUsageError = Arrays.asList(command).contains("--no-such-option");
      if ((code == ExitCode.USAGE) != expectedUsageError) {
        System.err.println("StartupTraining: 'vmdp " + String.join(" ", command) + "' exited with " + code);
        failures++;
      }
    }
    try {
      Files.deleteIfExists(scratch.resolve("edited.vmx"));
      Files.deleteIfExists(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.exit(failures == 0 ? 0 : 1);
  }
}
