// Example 2 as a console script: add a host device from lspci output to an existing .vmx and
// show the diff (the script does not save; ws.save() would, keeping FILE.bak).
//   vmdp run examples/scripts/add-device.jsh FOLDER [ADDRESS]
// FOLDER holds db01.vmx and lspci.txt (examples/src/main/resources/dev/vmdp/examples/adddevice).
import java.util.*;
import dev.vmdp.report.ReportRenderer;

Path folder = Path.of(args[0]);
String address = args.length > 1 ? args[1] : "0000:04:00.0";
Workspace ws = Workspace.open(folder.resolve("db01.vmx")).lspci(folder.resolve("lspci.txt")).hostVersion("4.0");
PciFunction device = ws.host().device(address);

VirtualMachine withDevice(VirtualMachine vm, PciFunction device) {
  List<PassthroughDevice> entries = new ArrayList<>(vm.passthroughDevices());
  Set<Integer> used = new HashSet<>();
  entries.forEach(d -> d.pciSlotNumber().ifPresent(used::add));
  int slot = List.of(160, 192, 224, 256).stream().filter(s -> !used.contains(s)).findFirst().get();
  PassthroughDevice.Builder entry = PassthroughDevice.builder().index(entries.size()).present(true)
      .id(device.address().toVmxShortForm())
      .vendorId(device.id().get().vendor()).deviceId(device.id().get().device())
      .pciSlotNumber(slot);
  entries.stream().flatMap(d -> d.systemId().stream()).findFirst().ifPresent(entry::systemId);
  entries.add(entry.build());
  return vm.withPassthroughDevices(entries);
}

ws.apply(Fix.forVm(ws.vm("db01"), "pass " + address + " through", vm -> withDevice(vm, device)));
System.out.print(ws.diff());
System.out.print(ReportRenderer.text(ws.check()));
