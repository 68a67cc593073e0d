/**
 * ESX host files and command output: the loaded VMkernel modules from {@code esxcfg-module
 * --list} ({@link dev.vmdp.io.esx.ModuleList}) and the configurable list of modules that prove
 * the IOMMU active ({@link dev.vmdp.io.esx.IommuModules}); ESXi's own views of its PCI functions:
 * {@code esxcli hardware pci list} ({@link dev.vmdp.io.esx.EsxcliPciList}, a whole inventory with
 * parents, reset methods and owners), {@code esxcli hardware pci pcipassthru list}
 * ({@link dev.vmdp.io.esx.EsxcliPcipassthruList}), {@code lspci -p}
 * ({@link dev.vmdp.io.esx.LspciPciInfo}) and the ESX 4 service console's lspci
 * ({@link dev.vmdp.io.esx.Esx4Lspci}); and the host facts of {@code /etc/vmware/esx.conf}
 * ({@link dev.vmdp.io.esx.EsxConf}: system UUID, configured owners, VMkernel names), with the
 * binding that reads them and writes owner and UUID changes back as minimal edits
 * ({@link dev.vmdp.io.esx.EsxConfBinding}). Lines the readers cannot use, and facts that contradict
 * the output they come from, are {@link dev.vmdp.io.ReadNote}s; text of another format is refused
 * with its place. The host assembler ({@link dev.vmdp.io.host.HostFiles}) merges these views.
 */
@VmdpStyle
package dev.vmdp.io.esx;

import dev.vmdp.model.VmdpStyle;
