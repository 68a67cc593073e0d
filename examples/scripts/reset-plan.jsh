// Example 6 as a console script: reset methods, co-assignment groups and a plan for a wish
// (the GPU to cad01, one port of the QLogic 2532 to db01); `vmdp plan` prints the same.
//   vmdp run examples/scripts/reset-plan.jsh FOLDER
// FOLDER holds lspci.txt and passthru.map.
import dev.vmdp.rules.reset.*;
import dev.vmdp.report.PlanRenderer;
Path folder = Path.of(args[0]);

Host esx = host("esx01").version("6.7").intelVtd().uuid("4a7c8e1f-0b3d-5e6f-9a2b-3c4d5e6f7a8b")
    .lspci(folder.resolve("lspci.txt")).map(folder.resolve("passthru.map"))
    .passthroughEnabled("0000:01:00.0", "0000:04:00.0")
    .vmkernel("0000:01:00.1", "0000:04:00.1")
    .build();

var wish = new java.util.LinkedHashMap<String, java.util.List<PciAddress>>();
wish.put("cad01", java.util.List.of(PciAddress.parse("0000:01:00.0")));
wish.put("db01", java.util.List.of(PciAddress.parse("0000:04:00.0")));
System.out.print(PlanRenderer.text(Planner.plan(esx, wish)));
