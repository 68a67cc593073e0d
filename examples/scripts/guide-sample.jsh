// Example 1 as a console script: the guide's sample VM and its host, built with the DSL,
// checked, and written as a .vmx (printed, not saved).
//   vmdp run examples/scripts/guide-sample.jsh
import dev.vmdp.report.ReportRenderer;

Host esx = host("esx01").version("4.0").intelVtd().uuid("48c4619b-6d58-18db-2a0e-000423d1e6f6")
    .pci("0000:03:00.0", d -> d.ids(0x8086, 0x10c6).pcie().flr())
    .pci("0000:02:00.0", d -> d.ids(0x14e4, 0x164f).pcie())
    .passthroughEnabled("0000:03:00.0", "0000:02:00.0")
    .build();

VirtualMachine vm = vm("RHEL3").guest("rhel3").hardwareVersion(7).memoryMb(512)
    .reserveAllMemory()
    .on(esx)
    .passthrough(esx.device("0000:03:00.0"), p -> p.msiEnabled(false))
    .passthrough(esx.device("0000:02:00.0"), p -> p.msiEnabled(false))
    .build();

System.out.print(ReportRenderer.text(check(esx, vm)));
System.out.print(new String(toVmx(vm, esx).toBytes(), java.nio.charset.StandardCharsets.UTF_8));
