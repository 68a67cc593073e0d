/**
 * PCI hardware: addresses ({@link dev.vmdp.model.pci.PciAddress}, every form lspci, .vmx,
 * esx.conf and esxcli use), vendor/device ids, class codes, functions with the capabilities that
 * decide reset and passthrough (PCIe port type or conventional, FLR, AF-FLR, NoSoftRst, ACS,
 * SR-IOV, BAR sizes), bridges with their bus ranges, and the host's indexed
 * {@link dev.vmdp.model.pci.PciTopology}.
 *
 * <p>A capability that was not shown is empty, never false: {@code lspci -n} tells ids and class
 * codes, {@code lspci -vvv} adds capabilities, and a rule must not read "unknown" as "absent".
 */
package dev.vmdp.model.pci;
