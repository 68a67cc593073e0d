// Example 3 as a console script: diagnose "is marked wrong PCIe" in a vmware.log, then apply the
// VMDP206 fix (virtualDev = "pci") to the VM and show the diff (not saved).
//   vmdp run examples/scripts/wrong-pcie.jsh FOLDER
// FOLDER holds vmware.log, scanner01.vmx and lspci.txt.
Path folder = Path.of(args[0]);

Report log = diagnoseLog(folder.resolve("vmware.log"));
log.findings().forEach(f -> System.out.println(f.ruleId() + " line " + f.location().get().line()
    + ": " + f.message()));

Workspace ws = Workspace.open(folder.resolve("scanner01.vmx")).lspci(folder.resolve("lspci.txt")).hostVersion("4.0");
for (Finding f : ws.check().byRule("VMDP206")) {
  System.out.println(f.ruleId() + " " + f.facts().get("address") + ": " + f.fixes().get(0));
  ws.apply(f.fixes().get(0));
}
System.out.print(ws.diff());
