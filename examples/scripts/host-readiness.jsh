// Example 7 as a console script: IOMMU from esxcfg-module --list, passthrough owners from
// esx.conf and esxcli, and the host findings (reboot pending, device pulled while enabled).
//   vmdp run examples/scripts/host-readiness.jsh FOLDER
// FOLDER holds modules.txt, esx.conf and esxcli-pci-list.txt.
Path folder = Path.of(args[0]);

Workspace esx01 = Workspace.create().hostVersion("6.7")
    .modules(folder.resolve("modules.txt"))
    .esxConf(folder.resolve("esx.conf"))
    .esxcli(folder.resolve("esxcli-pci-list.txt"));
Host host = esx01.host();
System.out.println("modules: " + host.loadedModules().get().size() + ", uuid " + host.systemUuid().get());
for (Finding f : esx01.check().findings()) {
  System.out.println(f.ruleId() + " " + f.severity() + " " + f.facts().getOrDefault("address", "host")
      + ": " + f.message());
}
