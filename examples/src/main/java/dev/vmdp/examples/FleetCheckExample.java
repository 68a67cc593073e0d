package dev.vmdp.examples;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.VmdpException;
import dev.vmdp.rules.Report;
import dev.vmdp.report.ReportRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example 8: a fleet check for CI. A YAML inventory names the hosts (with their {@code lspci}
 * output, module lists and inline facts) and the VMs in a folder; every VM is checked against its
 * own host, and the one report is written as JSON ({@code fleet-report.json}, the format of
 * {@code vmdp check --format json}) with the exit code CI needs: 1 when a finding is an ERROR.
 *
 * <pre>{@code
 * Report fleet = FleetCheckExample.run(folder, System.out);
 * System.exit(fleet.hasErrors() ? 1 : 0);
 * }</pre>
 */
public final class FleetCheckExample {
  private FleetCheckExample() {}

  /**
   * Runs the example on a temporary copy of the lab, or on the folder given as the first argument
   * (holding {@code inventory.yaml}); exits 1 when the fleet has an ERROR finding, as CI expects.
   *
   * @param args an optional folder
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.copy("fleet", "inventory.yaml",
        "esx01/lspci.txt", "esx01/modules.txt", "vms/rhel3.vmx", "vms/w2k8-app.vmx", "vms/db02.vmx");
    Report fleet = run(folder, System.out);
    System.exit(fleet.hasErrors() ? 1 : 0);
  }

  /**
   * Checks every VM of the inventory against its host, prints the JSON report and writes it to
   * {@code fleet-report.json} in the folder.
   *
   * @param folder the folder holding {@code inventory.yaml}
   * @param out where the example prints
   * @return the fleet's report
   */
  public static Report run(Path folder, PrintStream out) {
    // tag::fleet[]
    Workspace fleet = Workspace.create().inventory(folder.resolve("inventory.yaml"));
    Report report = fleet.check();

    String json = ReportRenderer.json(report);
    writeString(folder.resolve("fleet-report.json"), json);
    out.println(json);
    out.println(fleet.vms().size() + " VMs: " + ReportRenderer.summary(report));
    // end::fleet[]
    return report;
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VmdpException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}
