/**
 * Reading {@code lspci} output into the PCI model: functions, capabilities (FLR, AF-FLR,
 * NoSoftRst, ACS, SR-IOV, port types, BARs) and the bridge topology. Start at
 * {@link dev.vmdp.io.lspci.LspciReader}.
 */
package dev.vmdp.io.lspci;
