/**
 * ESX host command output. For now: the loaded VMkernel modules from {@code esxcfg-module
 * --list} ({@link dev.vmdp.io.esx.ModuleList}) and the configurable list of modules that prove
 * the IOMMU active ({@link dev.vmdp.io.esx.IommuModules}).
 */
@VmdpStyle
package dev.vmdp.io.esx;

import dev.vmdp.model.VmdpStyle;
