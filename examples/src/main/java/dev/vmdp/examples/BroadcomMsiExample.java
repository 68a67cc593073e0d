package dev.vmdp.examples;

import static dev.vmdp.dsl.Vmdp.host;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.host.Host;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Example 4: a Broadcom 57711 passed through to a Windows Server 2008 guest shows up yellow in
 * Device Manager unless the physical device runs in IOAPIC mode. vmdp reports it as VMDP306 with
 * the facts behind it, and its fix writes {@code pciPassthru0.msiEnabled = "FALSE"}.
 *
 * <pre>{@code
 * BroadcomMsiExample.run(folder, System.out);
 * }</pre>
 */
public final class BroadcomMsiExample {
  private BroadcomMsiExample() {}

  /**
   * Runs the example on a temporary copy of {@code w2k8-app.vmx}, or on the folder given as the
   * first argument.
   *
   * @param args an optional folder holding {@code w2k8-app.vmx}
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.copy("broadcom", "w2k8-app.vmx");
    run(folder, System.out);
  }

  /**
   * Checks the VM against an ESX 4.0 host described with the DSL, applies the VMDP306 fix, prints
   * the diff and saves.
   *
   * @param folder the folder holding {@code w2k8-app.vmx}
   * @param out where the example prints
   * @return the check after the fix
   */
  public static Report run(Path folder, PrintStream out) {
    // tag::msi[]
    Host esx = host("esx01").version("4.0").intelVtd().iommuVerified()
        .uuid("4a7c8e1f-0b3d-5e6f-9a2b-3c4d5e6f7a8b")
        .pci("0000:02:00.0", d -> d.ids("14e4:164f").ethernet().pcie()
            .name("Broadcom NetXtreme II BCM57711 10-Gigabit PCIe"))
        .passthroughEnabled("0000:02:00.0")
        .build();

    Workspace ws = Workspace.open(folder.resolve("w2k8-app.vmx")).host(esx);
    for (Finding f : ws.check().byRule("VMDP306")) {
      out.println(f.ruleId() + " " + f.severity() + " " + f.subject() + ": " + f.message());
      out.println("  device=" + f.facts().get("device") + " guest=" + f.facts().get("guestFamily")
          + " msiEnabled=" + f.facts().get("msiEnabled"));
      f.fixes().forEach(ws::apply);
    }
    out.print(ws.diff());
    ws.save();
    // end::msi[]
    Report after = ws.check();
    out.println("after the fix: " + after.byRule("VMDP306").size() + " VMDP306 findings, "
        + (after.hasErrors() ? "errors left" : "no errors"));
    return after;
  }
}
