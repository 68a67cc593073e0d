package dev.vmdp.examples;

import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PciSlotNumber;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import dev.vmdp.report.ReportRenderer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Example 2: opens an existing {@code .vmx}, adds a passthrough entry for a host device found in
 * the host's {@code lspci -nn -vvv} output, shows the unified diff and saves safely (atomic
 * replace, {@code db01.vmx.bak}).
 *
 * <pre>{@code
 * AddDeviceExample.run(folder, "0000:04:00.0", System.out);
 * }</pre>
 */
public final class AddDeviceExample {
  private AddDeviceExample() {}

  /**
   * Runs the example on a temporary copy of its files, or on the folder given as the first
   * argument (holding {@code db01.vmx} and {@code lspci.txt}); the second argument is the host
   * address to add (default {@code 0000:04:00.0}, an LSI SAS 1068E).
   *
   * @param args an optional folder and address
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.copy("adddevice", "db01.vmx", "lspci.txt");
    run(folder, args.length > 1 ? args[1] : "0000:04:00.0", System.out);
  }

  /**
   * Adds the device to {@code db01.vmx} in the folder, prints the diff and the check, and saves.
   *
   * @param folder the folder holding {@code db01.vmx} and {@code lspci.txt}
   * @param address the host function to pass through
   * @param out where the example prints
   * @return the check after the edit
   */
  public static Report run(Path folder, String address, PrintStream out) {
    // tag::add[]
    Workspace ws = Workspace.open(folder.resolve("db01.vmx")).lspci(folder.resolve("lspci.txt")).hostVersion("4.0");
    PciFunction device = ws.host().device(address);
    out.println("adding " + device.address() + " " + device.id().orElseThrow() + " " + device.name().orElse(""));

    Fix add = Fix.forVm(ws.vm("db01"), "pass " + device.address() + " through", vm -> withPassthrough(vm, device));
    ws.apply(add);
    out.print(ws.diff());
    Report report = ws.check();
    out.print(ReportRenderer.text(report));
    ws.save();                        // writes db01.vmx, keeps the old bytes in db01.vmx.bak
    // end::add[]
    return report;
  }

  // tag::entry[]
  /** The VM with one more entry: the host's ids, the other entries' systemId, the next free slot. */
  static VirtualMachine withPassthrough(VirtualMachine vm, PciFunction device) {
    List<PassthroughDevice> entries = new ArrayList<>(vm.passthroughDevices());
    Set<Integer> usedSlots = entries.stream().filter(d -> d.pciSlotNumber().isPresent())
        .map(d -> d.pciSlotNumber().getAsInt()).collect(Collectors.toSet());
    PassthroughDevice.Builder entry = PassthroughDevice.builder()
        .index(entries.size())
        .present(true)
        .id(device.address().toVmxShortForm())               // "04:00.0", the ESX 4.x form
        .vendorId(device.id().orElseThrow().vendor())
        .deviceId(device.id().orElseThrow().device())
        .pciSlotNumber(nextFreeSlot(usedSlots));
    entries.stream().flatMap(d -> d.systemId().stream()).findFirst().ifPresent(entry::systemId);
    entries.add(entry.build());
    return vm.withPassthroughDevices(entries);
  }

  /** The first slot behind pciBridge4..7 (160, 192, 224, 256, then function 1) not in use. */
  static int nextFreeSlot(Set<Integer> used) {
    for (int function = 0; function < 8; function++) {
      for (int bridge = 4; bridge <= 7; bridge++) {
        int slot = PciSlotNumber.behindBridge(bridge, function, 0).value();
        if (!used.contains(slot)) {
          return slot;
        }
      }
    }
    throw new VmdpException("no free PCIe slot behind pciBridge4..7");
  }
  // end::entry[]
}
