package dev.vmdp.examples;

// tag::readme[]
import static dev.vmdp.dsl.Vmdp.*;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.report.ReportRenderer;
import dev.vmdp.rules.Report;
import java.nio.file.Path;

/**
 * The README's SDK example: the guide's ESX 4.0 host and RHEL3 VM built in code and checked in
 * memory, then {@code rhel3.vmx} (from {@code vmdp example vmx > rhel3.vmx}) checked against the
 * same host, fixed with minimal edits and saved.
 *
 * <pre>{@code
 * java -cp ... dev.vmdp.examples.ReadmeExample     # in a folder holding rhel3.vmx
 * }</pre>
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Runs the example in the current folder.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Host esx = host("esx01").version("4.0").intelVtd().uuid("48c4619b-6d58-18db-2a0e-000423d1e6f6")
        .pci("0000:03:00.0", d -> d.ids(0x12ab, 0x3456).pcie())
        .pci("0000:02:00.0", d -> d.ids(0x78cd, 0x6543).pcie())
        .passthroughEnabled("0000:03:00.0", "0000:02:00.0")
        .build();

    VirtualMachine vm = vm("RHEL3").guest("rhel3").hardwareVersion(7).memoryMb(512)
        .reserveAllMemory()
        .on(esx)
        .passthrough(esx.device("0000:03:00.0"))
        .passthrough(esx.device("0000:02:00.0"), p -> p.msiEnabled(false))
        .build();

    Report report = check(esx, vm);                       // pure: reads no file
    report.findings().forEach(System.out::println);

    Workspace ws = Workspace.open(Path.of("rhel3.vmx")).host(esx);
    ws.applyAll().forEach(System.out::println);           // every fix, as a minimal edit
    System.out.print(ws.diff());
    ws.save();                                            // atomic; the old bytes stay in rhel3.vmx.bak
    System.out.print(ReportRenderer.text(ws.check()));
  }
}
// end::readme[]
