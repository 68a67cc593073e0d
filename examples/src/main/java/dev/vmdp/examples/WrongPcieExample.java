package dev.vmdp.examples;

import static dev.vmdp.dsl.Vmdp.diagnoseLog;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Example 3: a VM does not power on; its {@code vmware.log} says the device "is marked wrong
 * PCIe". vmdp recognises the signature (VMDP701), points to the rule that prevents it (VMDP206:
 * a conventional PCI/PCI-X device needs {@code virtualDev = "pci"}), and the check of the VM
 * against the host's {@code lspci} output carries the fix, applied as a one-line edit.
 *
 * <pre>{@code
 * WrongPcieExample.run(folder, System.out);
 * }</pre>
 */
public final class WrongPcieExample {
  private WrongPcieExample() {}

  /**
   * Runs the example on a temporary copy of its files, or on the folder given as the first
   * argument (holding {@code vmware.log}, {@code scanner01.vmx} and {@code lspci.txt}).
   *
   * @param args an optional folder
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0])
        : ExampleFiles.copy("wrongpcie", "vmware.log", "scanner01.vmx", "lspci.txt");
    run(folder, System.out);
  }

  /**
   * Diagnoses the log, checks the VM, applies the VMDP206 fix, prints the diff and saves.
   *
   * @param folder the folder with the files
   * @param out where the example prints
   * @return the check after the fix
   */
  public static Report run(Path folder, PrintStream out) {
    // tag::diagnose[]
    Report log = diagnoseLog(folder.resolve("vmware.log"));
    for (Finding f : log.findings()) {
      out.println(f);                                    // vmware.log:5: VMDP701 ERROR ...
      out.println("  prevented by " + f.facts().get("preventedBy") + ", device " + f.facts().get("address"));
    }
    // end::diagnose[]

    // tag::fix[]
    Workspace ws = Workspace.open(folder.resolve("scanner01.vmx")).lspci(folder.resolve("lspci.txt"))
        .hostVersion("4.0");
    for (Finding f : ws.check().byRule("VMDP206")) {
      out.println(f.ruleId() + " " + f.facts().get("address") + " evidence=" + f.facts().get("evidence"));
      for (Fix fix : f.fixes()) {
        out.println("  applying: " + fix.description());
        ws.apply(fix);
      }
    }
    out.print(ws.diff());
    ws.save();
    // end::fix[]
    Report after = ws.check();
    out.println("after the fix: " + after.byRule("VMDP206").size() + " VMDP206 findings");
    return after;
  }
}
