package dev.vmdp.examples;

import static dev.vmdp.dsl.Vmdp.*;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.io.SafeWriter;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Report;
import dev.vmdp.report.ReportRenderer;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Example 1: the guide's sample VM (RHEL3, two passthrough devices) and its ESX 4.0 host, built
 * with the DSL, checked in memory, written as a {@code .vmx}, and checked again from the file
 * with the host's {@code lspci} output ({@link ReadmeExample}, the README's, does the same on the
 * built-in sample file).
 *
 * <pre>{@code
 * GuideSampleExample.run(folderWithLspciTxt, System.out);
 * }</pre>
 */
public final class GuideSampleExample {
  private GuideSampleExample() {}

  /**
   * Runs the example on a temporary copy of its files, or on the folder given as the first
   * argument (which must hold {@code lspci.txt}; {@code rhel3.vmx} is written there).
   *
   * @param args an optional folder
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.copy("guide", "lspci.txt");
    run(folder, System.out);
  }

  /**
   * Builds the host and the VM, checks them, writes {@code rhel3.vmx} into the folder and checks
   * the file against {@code lspci.txt}.
   *
   * @param folder the folder holding {@code lspci.txt}
   * @param out where the example prints
   * @return the report of the file check
   */
  public static Report run(Path folder, PrintStream out) {
    // tag::build[]
    Host esx = host("esx01").version("4.0").intelVtd().uuid("48c4619b-6d58-18db-2a0e-000423d1e6f6")
        .pci("0000:03:00.0", d -> d.ids(0x8086, 0x10c6).pcie().flr())
        .pci("0000:02:00.0", d -> d.ids(0x14e4, 0x164f).pcie())
        .passthroughEnabled("0000:03:00.0", "0000:02:00.0")
        .build();

    VirtualMachine vm = vm("RHEL3").guest("rhel3").hardwareVersion(7).memoryMb(512)
        .reserveAllMemory()
        .on(esx)
        .passthrough(esx.device("0000:03:00.0"))
        .passthrough(esx.device("0000:02:00.0"), p -> p.msiEnabled(false))
        .build();

    Report report = check(esx, vm);
    report.errors().forEach(out::println);
    // end::build[]
    out.print("in memory:\n" + ReportRenderer.text(report));

    // tag::write[]
    VmxDocument vmx = toVmx(vm, esx);
    SafeWriter.saveNew(folder.resolve("rhel3.vmx"), vmx.toBytes(), SaveOptions.defaults());
    vmx.keysWithPrefix("pciPassthru").forEach(k -> out.println(k + " = \"" + vmx.get(k).orElseThrow() + "\""));
    // end::write[]

    // tag::workspace[]
    Workspace ws = Workspace.open(folder.resolve("rhel3.vmx")).lspci(folder.resolve("lspci.txt")).hostVersion("4.0");
    ws.check().fixes().forEach(ws::apply);
    out.println(ws.diff());
    ws.save();
    // end::workspace[]
    Report fromFile = ws.check();
    out.print("from the file:\n" + ReportRenderer.text(fromFile));
    return fromFile;
  }
}
