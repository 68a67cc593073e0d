/**
 * ESX host files and command output: the loaded VMkernel modules from {@code esxcfg-module
 * --list} ({@link dev.vmdp.io.esx.ModuleList}) and the configurable list of modules that prove
 * the IOMMU active ({@link dev.vmdp.io.esx.IommuModules}); {@code esxcli hardware pci list}
 * ({@link dev.vmdp.io.esx.EsxcliPciList}); and the host facts of {@code /etc/vmware/esx.conf}
 * ({@link dev.vmdp.io.esx.EsxConf}: system UUID, configured owners, VMkernel names), with the
 * binding that reads them and writes owner and UUID changes back as minimal edits
 * ({@link dev.vmdp.io.esx.EsxConfBinding}). Lines the readers cannot use, and facts that contradict
 * the output they come from, are {@link dev.vmdp.io.ReadNote}s.
 */
@VmdpStyle
package dev.vmdp.io.esx;

import dev.vmdp.model.VmdpStyle;
