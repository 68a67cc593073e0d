package dev.vmdp.examples;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.esx.IommuModules;
import dev.vmdp.io.esx.ModuleList;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Example 7: is the host ready for passthrough? The IOMMU is proven active by a module in
 * {@code esxcfg-module --list}; {@code esx.conf} records which devices are configured for
 * passthrough; {@code esxcli hardware pci list} shows which are active, so a change still waiting
 * for the host reboot (VMDP105) and a device pulled while still enabled (VMDP106) show up. A
 * second module list, from a host whose BIOS has VT-d off, has no IOMMU module (VMDP103).
 *
 * <pre>{@code
 * HostReadinessExample.run(folder, System.out);
 * }</pre>
 */
public final class HostReadinessExample {
  private HostReadinessExample() {}

  /**
   * Runs the example on a temporary copy of its files, or on the folder given as the first
   * argument.
   *
   * @param args an optional folder holding {@code modules.txt}, {@code modules-bios-off.txt},
   *     {@code esx.conf} and {@code esxcli-pci-list.txt}
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.copy("readiness", "modules.txt",
        "modules-bios-off.txt", "esx.conf", "esxcli-pci-list.txt");
    run(folder, System.out);
  }

  /**
   * Checks the host files in the folder.
   *
   * @param folder the folder with the host's files
   * @param out where the example prints
   * @return the report of the host with the IOMMU module
   */
  public static Report run(Path folder, PrintStream out) {
    // tag::iommu[]
    ModuleList modules = ModuleList.read(folder.resolve("modules.txt"));
    IommuModules.defaults().proofIn(modules).ifPresentOrElse(
        m -> out.println("IOMMU active: module " + m.name() + " (" + m.source() + ")"),
        () -> out.println("IOMMU not proven: no " + IommuModules.defaults().names() + " module loaded"));
    // end::iommu[]

    // tag::host[]
    Workspace esx01 = Workspace.create().hostVersion("6.7")
        .modules(folder.resolve("modules.txt"))
        .esxConf(folder.resolve("esx.conf"))
        .esxcli(folder.resolve("esxcli-pci-list.txt"));
    Report report = esx01.check();
    for (Finding f : report.findings()) {
      out.println(f.ruleId() + " " + f.severity() + " " + f.facts().getOrDefault("address", "host") + ": " + f.message());
    }
    // end::host[]

    Report biosOff = Workspace.create().hostVersion("6.7").modules(folder.resolve("modules-bios-off.txt")).check();
    biosOff.findings().forEach(f -> out.println("bios-off host: " + f.ruleId() + " " + f.severity() + ": " + f.message()));
    return report;
  }
}
