// Example 4 as a console script: a Broadcom 57711 in a Windows 2008 guest needs IOAPIC mode
// (VMDP306); apply the fix and show the diff (not saved).
//   vmdp run examples/scripts/broadcom-msi.jsh FOLDER
// FOLDER holds w2k8-app.vmx.
Path folder = Path.of(args[0]);

Host esx = host("esx01").version("4.0").intelVtd().iommuVerified()
    .uuid("4a7c8e1f-0b3d-5e6f-9a2b-3c4d5e6f7a8b")
    .pci("0000:02:00.0", Devices.broadcom57711())
    .passthroughEnabled("0000:02:00.0")
    .build();

Workspace ws = Workspace.open(folder.resolve("w2k8-app.vmx")).host(esx);
for (Finding f : ws.check().byRule("VMDP306")) {
  System.out.println(f.ruleId() + " " + f.facts().get("device") + " in " + f.facts().get("guestFamily"));
  f.fixes().forEach(ws::apply);
}
System.out.print(ws.diff());
System.out.println("left: " + ws.check());
